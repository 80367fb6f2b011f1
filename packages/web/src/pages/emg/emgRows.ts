/**
 * The EMG entry form's state and its mapping to the API's EMG study (contracts/case/emg.ts). A row is
 * a sampled muscle: "examined and normal" is `normal: true`; a muscle with no row was not examined.
 * Nothing here judges a finding: the region rules come from the engine (evaluateEmgStudyRegions).
 */
import type { DiagnosisSettings, EmgMuscle, EmgStudy, FasciculationPotentials, MuscleId, Side } from '@betz/engine';
import { muscleById } from '@betz/engine';

/** The yes/no findings of a muscle, in the order a report reads them, with their column labels. */
export const MUSCLE_FLAGS = [
  { key: 'fibrillations', label: 'Fibrillations', short: 'Fibs' },
  { key: 'positiveSharpWaves', label: 'Positive sharp waves', short: 'PSW' },
  { key: 'chronicNeurogenicMups', label: 'Chronic neurogenic MUPs', short: 'Chronic neurogenic' },
  { key: 'reducedRecruitment', label: 'Reduced recruitment', short: 'Reduced recruit.' },
  { key: 'unstableMups', label: 'Unstable MUPs', short: 'Unstable MUPs' },
  { key: 'myopathicMups', label: 'Myopathic MUPs', short: 'Myopathic' },
] as const;

export type MuscleFlag = (typeof MUSCLE_FLAGS)[number]['key'];

export interface MuscleRow {
  /** Stable key for React (rows keep their entry order: the API's `muscles[i]` is row i). */
  key: number;
  muscle: MuscleId;
  side: Side;
  /** Sampled and normal. */
  normal: boolean;
  flags: Partial<Record<MuscleFlag, boolean>>;
  fasciculationPotentials: FasciculationPotentials;
  fasciculationsUnstable: boolean;
  /** Thoracic paraspinals only: the segment sampled, as typed. */
  thoracicLevel: string;
}

export const NCS_FLAGS = [
  { key: 'sensoryAbnormal', label: 'Sensory responses abnormal' },
  { key: 'sensoryAbnormalExplained', label: 'Sensory abnormality explained (entrapment, known neuropathy)' },
  { key: 'motorConductionBlock', label: 'Motor conduction block' },
  { key: 'demyelinatingSlowing', label: 'Demyelinating slowing' },
  { key: 'lowCmap', label: 'Low CMAP amplitudes' },
  { key: 'rnsDecrement', label: 'Decrement on repetitive stimulation' },
  { key: 'rnsIncrement', label: 'Increment on repetitive stimulation' },
] as const;

export type NcsFlag = (typeof NCS_FLAGS)[number]['key'];

/** Nerve conduction: not recorded, studied and normal, or studied with findings. */
export interface NcsState {
  studied: boolean;
  normal: boolean;
  flags: Partial<Record<NcsFlag, boolean>>;
}

export function newRow(key: number, muscle: MuscleId, side: Side): MuscleRow {
  return {
    key,
    muscle,
    side,
    normal: false,
    flags: {},
    fasciculationPotentials: 'none',
    fasciculationsUnstable: false,
    thoracicLevel: '',
  };
}

/** Whether anything abnormal is ticked on the row. */
export function rowHasFinding(r: MuscleRow): boolean {
  return MUSCLE_FLAGS.some((f) => r.flags[f.key]) || r.fasciculationPotentials !== 'none' || r.fasciculationsUnstable;
}

/** A row with neither "normal" nor a finding has no result yet: the form asks for one. */
export function rowMissingResult(r: MuscleRow): boolean {
  return !r.normal && !rowHasFinding(r);
}

/** The row as the API's EmgMuscle (only what was entered). */
export function rowToMuscle(r: MuscleRow): EmgMuscle {
  const m: EmgMuscle = { muscle: r.muscle, side: r.side };
  if (r.normal) m.normal = true;
  for (const f of MUSCLE_FLAGS) if (r.flags[f.key]) m[f.key] = true;
  if (r.fasciculationPotentials !== 'none') m.fasciculationPotentials = r.fasciculationPotentials;
  if (r.fasciculationsUnstable) m.fasciculationsUnstable = true;
  const level = r.thoracicLevel.trim();
  if (r.muscle === 'thoracicParaspinals' && level !== '') {
    const n = Number(level.replace(/^t/i, ''));
    // Sent as typed when it is not a number: the API's message then lands at the field.
    m.thoracicLevel = Number.isFinite(n) ? n : (level as unknown as number);
  }
  return m;
}

export function ncsToData(n: NcsState): EmgStudy['ncs'] {
  if (!n.studied) return undefined;
  const out: NonNullable<EmgStudy['ncs']> = {};
  if (n.normal) out.normal = true;
  for (const f of NCS_FLAGS) if (n.flags[f.key]) out[f.key] = true;
  return out;
}

export function studyToData(date: string, rows: readonly MuscleRow[], ncs: NcsState, note: string): EmgStudy {
  const study: EmgStudy = { date, muscles: rows.map(rowToMuscle) };
  const n = ncsToData(ncs);
  if (n) study.ncs = n;
  if (note.trim()) study.note = note.trim();
  return study;
}

/** The clinic's diagnosis readings from the assessment's settings echo (defaults while it loads). */
export function settingsFromEcho(
  used: readonly { name: string; value: string }[] | undefined,
): Partial<DiagnosisSettings> | undefined {
  if (!used) return undefined;
  const out: Record<string, string> = {};
  for (const s of used) out[s.name] = s.value;
  return out as Partial<DiagnosisSettings>;
}

/** "C5–C6" (principal root first when the table marks one). */
export function rootsText(muscle: MuscleId): string {
  const e = muscleById(muscle);
  if (!e) return '';
  return e.roots.length > 2 ? `${e.roots[0]}–${e.roots[e.roots.length - 1]}` : e.roots.join(', ');
}

/** "Chronic neurogenic MUPs" -> "chronic neurogenic MUPs" (abbreviations keep their case). */
export const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** One-line summary of a stored muscle's findings, as a report reads. */
export function findingsText(m: EmgMuscle): string {
  if (m.normal) return 'normal';
  const parts: string[] = [];
  for (const f of MUSCLE_FLAGS) if (m[f.key]) parts.push(lowerFirst(f.label));
  if (m.fasciculationPotentials && m.fasciculationPotentials !== 'none')
    parts.push(`${m.fasciculationPotentials} fasciculation potentials${m.fasciculationsUnstable ? ' (unstable)' : ''}`);
  else if (m.fasciculationsUnstable) parts.push('unstable fasciculations');
  return parts.length ? parts.join(', ') : 'no result recorded';
}
