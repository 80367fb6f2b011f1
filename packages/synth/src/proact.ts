/**
 * A synthetic PRO-ACT-style `alsfrs` export (issue 11: the `betz stage` bench and tests). Synthetic
 * only: subjects are drawn from a seeded PRNG, none is real. The columns and their order are the
 * PRO-ACT ALSFRS file's (domain notes, function-staging-prognosis.md §9) plus an `Onset_Delta`
 * column (PRO-ACT keeps onset in ALSHISTORY; one file keeps the bench simple).
 *
 * Each subject has an onset region, an onset day before trial day 0 and a decline rate; visits
 * every 1-3 months; each item falls with the subject's disease progress at its own pace (bulbar
 * items first in bulbar onset, limb items first in limb onset), with noise. Once swallowing has
 * failed a subject may get a gastrostomy (item 5 then on the 5b form); respiratory items fall late.
 * A share of rows is on the original ALSFRS (Q10, no R1-R3), and a small share has the defects
 * real exports have (an item left empty, item 5 on both forms), so readers meet them.
 */
import { hash32, Rng } from './prng.js';

export const PROACT_ALSFRS_HEADER = [
  'subject_id',
  'Q1_Speech',
  'Q2_Salivation',
  'Q3_Swallowing',
  'Q4_Handwriting',
  'Q5a_Cutting_without_Gastrostomy',
  'Q5b_Cutting_with_Gastrostomy',
  'Q6_Dressing_and_Hygiene',
  'Q7_Turning_in_Bed',
  'Q8_Walking',
  'Q9_Climbing_Stairs',
  'Q10_Respiratory',
  'R_1_Dyspnea',
  'R_2_Orthopnea',
  'R_3_Respiratory_Insufficiency',
  'ALSFRS_Total',
  'ALSFRS_R_Total',
  'ALSFRS_Delta',
  'Onset_Delta',
] as const;

export interface ProactAlsfrsOptions {
  seed: number;
  /** Data rows to write (the last subject is cut short to hit the count). */
  rows: number;
  /** Share of subjects recorded on the original ALSFRS. Default 0.05. */
  originalShare?: number;
  /** Share of rows with a defect (an empty item, or item 5 on both forms). Default 0.002. */
  defectShare?: number;
  /** Share of subjects without an onset day. Default 0.1. */
  noOnsetShare?: number;
  /** Rows per yielded chunk of text. Default 10,000. */
  chunkRows?: number;
}

/** How fast each item falls relative to the subject's progress, by onset region (items 1-9, R1-R3 / Q10). */
const PACE = {
  bulbar: [1.5, 1.2, 1.3, 0.7, 0.7, 0.6, 0.5, 0.5, 0.6, 0.5, 0.4, 0.45],
  limb: [0.5, 0.4, 0.45, 1.2, 1.2, 1.0, 0.9, 1.3, 1.4, 0.5, 0.4, 0.45],
} as const;

const clampItem = (x: number) => (x < 0 ? 0 : x > 4 ? 4 : Math.round(x));

/**
 * The CSV text, header first, in chunks (write each to a stream: a million rows never sit in memory).
 *
 * @example for (const text of proactAlsfrsCsv({ seed: 1, rows: 1000 })) out.write(text)
 */
export function* proactAlsfrsCsv(opts: ProactAlsfrsOptions): Generator<string> {
  const originalShare = opts.originalShare ?? 0.05;
  const defectShare = opts.defectShare ?? 0.002;
  const noOnsetShare = opts.noOnsetShare ?? 0.1;
  const chunkRows = opts.chunkRows ?? 10_000;
  yield `${PROACT_ALSFRS_HEADER.join(',')}\n`;
  let written = 0;
  let lines: string[] = [];
  const items = new Array<number>(12);
  for (let s = 0; written < opts.rows; s++) {
    const rng = new Rng(hash32(opts.seed ^ hash32(s + 1)));
    const id = 100_000 + s;
    const bulbar = rng.next() < 0.3;
    const pace = bulbar ? PACE.bulbar : PACE.limb;
    const original = rng.next() < originalShare;
    const onset = rng.next() < noOnsetShare ? undefined : -rng.int(90, 1500);
    // Points of the 48 lost per month, lognormal-ish around 0.8.
    const rate = Math.exp(rng.uniform(-1.6, 0.9));
    const visits = rng.int(3, 17);
    const gastrostomyAfter = rng.uniform(0.5, 1.5); // swallowing loss that prompts a gastrostomy
    let gastrostomy = false;
    let day = 0;
    const months0 = onset === undefined ? rng.uniform(3, 48) : -onset / 30.4375;
    for (let v = 0; v < visits && written < opts.rows; v++) {
      const months = months0 + day / 30.4375;
      const progress = (rate * months) / 48; // 1 = everything lost at an even pace
      for (let i = 0; i < 12; i++) items[i] = clampItem(4 - 4 * progress * pace[i]! * 1.6 + rng.uniform(-0.6, 0.6));
      if (!gastrostomy && items[2]! <= 1 && rng.next() < 0.6 * gastrostomyAfter) gastrostomy = true;
      const cells = new Array<string | number>(PROACT_ALSFRS_HEADER.length).fill('');
      cells[0] = id;
      for (let i = 0; i < 4; i++) cells[1 + i] = items[i]!;
      cells[gastrostomy ? 6 : 5] = items[4]!;
      for (let i = 5; i < 9; i++) cells[2 + i] = items[i]!;
      let total = 0;
      for (let i = 0; i < 9; i++) total += items[i]!;
      if (original) {
        const q10 = clampItem((items[9]! + items[11]!) / 2);
        cells[11] = q10;
        cells[15] = total + q10;
      } else {
        cells[12] = items[9]!;
        cells[13] = items[10]!;
        cells[14] = items[11]!;
        cells[16] = total + items[9]! + items[10]! + items[11]!;
      }
      cells[17] = day;
      cells[18] = onset ?? '';
      if (rng.next() < defectShare) {
        if (rng.next() < 0.8) cells[1 + rng.int(0, 8)] = '';
        else cells[gastrostomy ? 5 : 6] = rng.int(0, 4);
      }
      lines.push(cells.join(','));
      written++;
      if (lines.length === chunkRows) {
        yield `${lines.join('\n')}\n`;
        lines = [];
      }
      day += rng.int(28, 92);
    }
  }
  if (lines.length) yield `${lines.join('\n')}\n`;
}
