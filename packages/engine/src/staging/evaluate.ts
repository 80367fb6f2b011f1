/**
 * evaluateStaging: King's stage (from the latest ALSFRS-R and the clinical facts together) and
 * MiToS stage as of a date, each with its basis and reasons, plus a per-record history to plot.
 */
import { type Insufficient, type IsoDate, insufficient, type Source } from '../common/index.js';
import type { AlsfrsOriginalRecord, AlsfrsrRecord, PatientCase } from '../facts/index.js';
import { type CaseView, caseAsOf } from '../view/asOf.js';
import { type KingsClinicalFacts, kingsClinicalFactsOn, kingsClinicalTimeline } from './clinical.js';
import {
  type KingsCore,
  type KingsRegions,
  kingsFromAlsfrsr,
  kingsGastrostomyFromAlsfrs,
  kingsRegionsFromAlsfrs,
  kingsStage,
} from './kings.js';
import {
  type MitosDomainsLost,
  type MitosOriginalResult,
  type MitosStageNumber,
  mitosDomainsLost,
  mitosFromAlsfrsOriginal,
  mitosStageFromAlsfrsr,
} from './mitos.js';
import { STAGING_SOURCES } from './sources.js';

export type KingsBasis = 'alsfrsr' | 'alsfrsOriginal' | 'examination' | 'onsetSite' | 'interventions' | 'death';

export type KingsStaging =
  | (KingsCore & {
      kind: 'staged';
      basis: KingsBasis[];
      /** The ALSFRS-R estimate alone (Balendra 2014), when a record exists. */
      fromAlsfrsr: (KingsCore & { date: IsoDate }) | null;
      /** True when the NIV marker could only come from recorded interventions (original ALSFRS only). */
      nivFromInterventionsOnly: boolean;
      reasons: string[];
      sources: Source[];
    })
  | Insufficient;

export type MitosStaging =
  | {
      kind: 'staged';
      stage: MitosStageNumber;
      domainsLost: MitosDomainsLost | null;
      basis: 'alsfrsr' | 'death';
      date: IsoDate;
      reasons: string[];
      source: Source;
    }
  | (MitosOriginalResult & {
      kind: 'undetermined';
      /** The stable field stays absent: the stage is one of `possibleStages`. */
      stage: null;
      date: IsoDate;
      reason: string;
      source: Source;
    })
  | Insufficient;

export interface StagingHistoryPoint {
  date: IsoDate;
  kingsStage: number;
  kingsLabel: string;
  mitosStage: number;
}

export interface StagingAssessment {
  asOf: IsoDate;
  kings: KingsStaging;
  mitos: MitosStaging;
  /** One point per valid ALSFRS-R record (with the clinical facts as of its date), then death. */
  history: StagingHistoryPoint[];
}

/** King's stage from the latest ALSFRS-R (or original ALSFRS) and the clinical facts (also the batch path). */
export function stageKings(
  latest: AlsfrsrRecord | undefined,
  latestOriginal: AlsfrsOriginalRecord | undefined,
  clin: KingsClinicalFacts,
): KingsStaging {
  const dead = clin.deathDate !== null;
  const alsfrs = latest ?? latestOriginal;
  if (!alsfrs && !clin.regionsKnown && !clin.gastrostomyDate && !clin.respiratoryFailureDate && !dead) {
    return insufficient(['alsfrsr', 'exams', 'history.onsetSite'], "King's stage needs an ALSFRS-R or clinical facts");
  }
  const basis: KingsBasis[] = [];
  const reasons: string[] = [];
  const sources: Source[] = [STAGING_SOURCES.kings];
  let regions: KingsRegions = { ...clin.regions };
  let gastrostomy = clin.gastrostomyDate !== null;
  let niv = clin.respiratoryFailureDate !== null;
  let fromAlsfrsr: (KingsCore & { date: IsoDate }) | null = null;
  if (latest) {
    fromAlsfrsr = { ...kingsFromAlsfrsr(latest), date: latest.date };
    basis.push('alsfrsr');
    sources.push(STAGING_SOURCES.kingsFromAlsfrsr);
    reasons.push(`ALSFRS-R ${latest.date} estimates ${fromAlsfrsr.label} (Balendra 2014)`);
    niv ||= fromAlsfrsr.niv;
  } else if (latestOriginal) {
    basis.push('alsfrsOriginal');
    reasons.push(
      `original ALSFRS ${latestOriginal.date}: regions and item 5; it has no item 12, so NIV comes from interventions only`,
    );
  }
  if (alsfrs) {
    const r = kingsRegionsFromAlsfrs(alsfrs);
    regions = {
      bulbar: regions.bulbar || r.bulbar,
      upperLimb: regions.upperLimb || r.upperLimb,
      lowerLimb: regions.lowerLimb || r.lowerLimb,
    };
    gastrostomy ||= kingsGastrostomyFromAlsfrs(alsfrs);
  }
  if (clin.reasons.some((x) => x.startsWith('examination'))) basis.push('examination');
  if (clin.reasons.some((x) => x.startsWith('onset site'))) basis.push('onsetSite');
  if (clin.gastrostomyDate || clin.respiratoryFailureDate) basis.push('interventions');
  if (dead) basis.push('death');
  reasons.push(...clin.reasons);
  const core = kingsStage(regions, gastrostomy, niv, dead);
  if (core.estimatedNoRegion) {
    sources.push(STAGING_SOURCES.kingsNoRegion);
    reasons.push('no region shown involved: stage 1 assumed (estimated)');
  }
  return {
    kind: 'staged',
    ...core,
    basis,
    fromAlsfrsr,
    nivFromInterventionsOnly: !latest && !!latestOriginal,
    reasons,
    sources,
  };
}

/** MiToS from the latest ALSFRS-R or original ALSFRS record, or death (also the batch path). */
export function stageMitos(
  latest: AlsfrsrRecord | undefined,
  latestOriginal: AlsfrsOriginalRecord | undefined,
  deathDate: IsoDate | null,
): MitosStaging {
  const source = STAGING_SOURCES.mitos;
  if (deathDate) {
    return {
      kind: 'staged',
      stage: 5,
      domainsLost: null,
      basis: 'death',
      date: deathDate,
      reasons: [`died ${deathDate}`],
      source,
    };
  }
  if (latestOriginal && (!latest || latestOriginal.date > latest.date)) {
    const o = mitosFromAlsfrsOriginal(latestOriginal);
    return {
      kind: 'undetermined',
      stage: null,
      ...o,
      date: latestOriginal.date,
      reason: `the latest record (${latestOriginal.date}) is an original ALSFRS: breathing needs ALSFRS-R items 10 and 12, so the stage is ${o.possibleStages[0]} or ${o.possibleStages[1]}`,
      source,
    };
  }
  if (!latest) return insufficient(['alsfrsr'], 'MiToS is staged from the ALSFRS-R');
  const lost = mitosDomainsLost(latest);
  const names = (Object.keys(lost) as (keyof MitosDomainsLost)[]).filter((k) => lost[k]);
  return {
    kind: 'staged',
    stage: mitosStageFromAlsfrsr(latest),
    domainsLost: lost,
    basis: 'alsfrsr',
    date: latest.date,
    reasons: [names.length ? `domains lost: ${names.join(', ')}` : 'no domain lost'],
    source,
  };
}

/**
 * King's and MiToS stages as of `asOf`.
 *
 * @example evaluateStaging(c, '2025-06-01').kings // { kind: 'staged', stage: 4, label: '4A+4B', … }
 */
export function evaluateStaging(c: PatientCase, asOf: IsoDate): StagingAssessment {
  return evaluateStagingView(caseAsOf(c, asOf));
}

/** King's and MiToS stages from the case as known on its date (`caseAsOf`). */
export function evaluateStagingView(v: CaseView): StagingAssessment {
  const latest = v.alsfrsr.at(-1)?.record;
  const latestOriginal = v.alsfrsOriginal.at(-1)?.record;
  const timeline = kingsClinicalTimeline(v);
  const clin = kingsClinicalFactsOn(timeline);
  const history: StagingHistoryPoint[] = [];
  for (const { record: r } of v.alsfrsr) {
    const k = stageKings(r, undefined, kingsClinicalFactsOn(timeline, r.date));
    if (k.kind !== 'staged') continue;
    history.push({
      date: r.date,
      kingsStage: k.stage,
      kingsLabel: k.label,
      mitosStage: mitosStageFromAlsfrsr(r, k.stage === 5),
    });
  }
  if (clin.deathDate) history.push({ date: clin.deathDate, kingsStage: 5, kingsLabel: '5', mitosStage: 5 });
  return {
    asOf: v.asOf,
    kings: stageKings(latest, latestOriginal, clin),
    mitos: stageMitos(latest, latestOriginal, clin.deathDate),
    history,
  };
}
