/**
 * The recorded findings behind a region of the diagnostic grid, as fact references into the case:
 * a UMN sign or an LMN component the engine dates by the first examination that documented it
 * (`exams[i].regions[j].<field>`), and an EMG muscle by the latest study that sampled it
 * (`emg[i].muscles[j]`). A lookup of what the engine names, not a judgement.
 */
import type { PatientCase, RegionEvidence } from '@betz/engine';
import { UMN_SIGN_LABEL } from '@betz/engine';
import type { FactRefLike } from './factPath';

type SignFinding = RegionEvidence['umnSigns'][number];
type LmnFinding = RegionEvidence['lmnFindings'][number];
type MuscleEvidence = RegionEvidence['muscles'][number];

const LMN_LABEL: Readonly<Record<LmnFinding['component'], string>> = {
  weakness: 'weakness',
  weaknessLmnType: 'weakness of LMN type',
  wasting: 'wasting',
  fasciculations: 'fasciculations',
};

function examEntry(
  c: PatientCase | undefined,
  date: string,
  region: string,
  side: string,
  has: (entry: Record<string, unknown>) => boolean,
): string | undefined {
  const exams = c?.exams ?? [];
  for (let i = 0; i < exams.length; i++) {
    const exam = exams[i];
    if (!exam || exam.date !== date) continue;
    for (let j = 0; j < exam.regions.length; j++) {
      const entry = exam.regions[j] as unknown as Record<string, unknown> | undefined;
      if (entry && entry.region === region && entry.side === side && has(entry)) return `exams[${i}].regions[${j}]`;
    }
  }
  return undefined;
}

/** Each UMN sign of the region, pointing at the examination entry that first recorded it. */
export function umnSignFacts(c: PatientCase | undefined, region: string, signs: readonly SignFinding[]): FactRefLike[] {
  return signs.map((s) => {
    const at = examEntry(c, s.firstDate, region, s.side, (e) =>
      Array.isArray(e.umnSigns) ? (e.umnSigns as string[]).includes(s.sign) : false,
    );
    return {
      path: at ? `${at}.umnSigns` : `exams (${s.firstDate})`,
      value: `${UMN_SIGN_LABEL[s.sign] ?? s.sign} (${s.side})`,
      date: s.firstDate,
      note: 'first examination that documented it',
    };
  });
}

/** Each clinical LMN component of the region, pointing at the examination entry that first recorded it. */
export function lmnFindingFacts(
  c: PatientCase | undefined,
  region: string,
  findings: readonly LmnFinding[],
): FactRefLike[] {
  return findings.map((f) => {
    const at = examEntry(c, f.firstDate, region, f.side, (e) => e[f.component] === true);
    return {
      path: at ? `${at}.${f.component}` : `exams (${f.firstDate})`,
      value: `${LMN_LABEL[f.component]} (${f.side})`,
      date: f.firstDate,
      note: 'first examination that documented it',
    };
  });
}

/** Each EMG muscle of the region, pointing at the latest study that sampled it. */
export function muscleFacts(c: PatientCase | undefined, muscles: readonly MuscleEvidence[]): FactRefLike[] {
  const studies = c?.emg ?? [];
  return muscles.map((m) => {
    let at: string | undefined;
    for (let i = studies.length - 1; i >= 0 && !at; i--) {
      const study = studies[i];
      if (!study || study.date !== m.lastDate) continue;
      const j = study.muscles.findIndex((x) => x.muscle === m.muscle && x.side === m.side);
      if (j >= 0) at = `emg[${i}].muscles[${j}]`;
    }
    return {
      path: at ?? `emg (${m.lastDate})`,
      value: `${m.name} (${m.side})`,
      date: m.lastDate,
      note: m.note,
    };
  });
}
