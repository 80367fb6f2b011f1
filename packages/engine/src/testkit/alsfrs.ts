/**
 * Builders for synthetic functional records and cases (no real patient data), shared by the
 * engine's tests. Test-only: excluded from the build (packages/engine/tsconfig.json).
 */
import type { AlsfrsOriginalRecord, AlsfrsrItem, AlsfrsrRecord, PatientCase } from '../facts/index.js';

/** Asking for 5b means the record was scored on the gastrostomy form: drop the 5a default. */
function onFormOfItem5<R extends { cuttingWithoutGastrostomy?: number }>(
  r: R,
  items: { cuttingWithGastrostomy?: number; cuttingWithoutGastrostomy?: number },
): R {
  if (items.cuttingWithGastrostomy !== undefined && items.cuttingWithoutGastrostomy === undefined) {
    delete r.cuttingWithoutGastrostomy;
  }
  return r;
}

/** Items 1-9 at normal (4), item 5 as 5a: shared by the ALSFRS-R and the original ALSFRS. */
const itemsOneToNine = (date: string) =>
  ({
    date,
    speech: 4,
    salivation: 4,
    swallowing: 4,
    handwriting: 4,
    cuttingWithoutGastrostomy: 4,
    dressing: 4,
    turningInBed: 4,
    walking: 4,
    climbingStairs: 4,
  }) as const;

/** A normal ALSFRS-R record (48/48, item 5 as 5a) with the given items changed. */
export function alsfrsrFixture(date: string, items: Partial<AlsfrsrRecord> = {}): AlsfrsrRecord {
  const base: AlsfrsrRecord = {
    ...itemsOneToNine(date),
    dyspnoea: 4,
    orthopnoea: 4,
    respiratoryInsufficiency: 4,
  };
  return onFormOfItem5({ ...base, ...items }, items);
}

/** A normal original ALSFRS record (40/40) with the given items changed. */
export function alsfrsOriginalFixture(date: string, items: Partial<AlsfrsOriginalRecord> = {}): AlsfrsOriginalRecord {
  const base: AlsfrsOriginalRecord = {
    ...itemsOneToNine(date),
    respiratory: 4,
  };
  return onFormOfItem5({ ...base, ...items }, items);
}

/** A minimal synthetic case with the given parts. */
export function caseFixture(parts: Partial<PatientCase> = {}): PatientCase {
  return { schemaVersion: 1, patient: { id: 'test-1' }, ...parts };
}

/**
 * An ALSFRS-R record from 12 item scores in form order (item 5 on the 5b form when
 * `gastrostomy`), for property tests.
 */
export function alsfrsrFromItems(date: string, v: readonly number[], gastrostomy: boolean): AlsfrsrRecord {
  const i = (k: number) => (v[k] ?? 4) as AlsfrsrItem;
  return {
    date,
    speech: i(0),
    salivation: i(1),
    swallowing: i(2),
    handwriting: i(3),
    ...(gastrostomy ? { cuttingWithGastrostomy: i(4) } : { cuttingWithoutGastrostomy: i(4) }),
    dressing: i(5),
    turningInBed: i(6),
    walking: i(7),
    climbingStairs: i(8),
    dyspnoea: i(9),
    orthopnoea: i(10),
    respiratoryInsufficiency: i(11),
  };
}
