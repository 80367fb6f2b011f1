/**
 * The motor examination as a body map: the four regions of the criteria, rostral to caudal (bulbar,
 * cervical, thoracic, lumbosacral), each side a column of tick boxes for the UMN signs that belong to
 * that region (the engine's EEC lists) and the LMN findings. A column with nothing ticked is "not
 * examined" (no entry); "normal" says it was examined and nothing found (`normal: true`, Betz's exam
 * schema): the criteria read the two differently. Arrow keys move between boxes like a grid.
 */
import type { Region, RegionExam, Side, UmnSign } from '@betz/engine';
import { UMN_SIGN_LABEL, UMN_SIGNS_BY_REGION } from '@betz/engine';
import type { KeyboardEvent } from 'react';

export type LmnFinding = 'weakness' | 'weaknessLmnType' | 'wasting' | 'fasciculations';

export const LMN_FINDINGS: readonly { key: LmnFinding; label: string }[] = [
  { key: 'weakness', label: 'weakness' },
  { key: 'weaknessLmnType', label: 'weakness of LMN type' },
  { key: 'wasting', label: 'wasting' },
  { key: 'fasciculations', label: 'fasciculations' },
];

/** One region on one side, as ticked. */
export interface CellFindings {
  normal: boolean;
  umnSigns: readonly UmnSign[];
  weakness: boolean;
  weaknessLmnType: boolean;
  wasting: boolean;
  fasciculations: boolean;
}

export type CellKey = `${Region}.${Side}`;
export type BodyMapValue = Partial<Record<CellKey, CellFindings>>;

/** The columns of the map; bulbar is one midline column (the exam schema's side for it). */
export const BODY_MAP_REGIONS: readonly { region: Region; label: string; sides: readonly Side[] }[] = [
  { region: 'bulbar', label: 'Bulbar', sides: ['midline'] },
  { region: 'cervical', label: 'Cervical (arms)', sides: ['left', 'right'] },
  { region: 'thoracic', label: 'Thoracic', sides: ['left', 'right'] },
  { region: 'lumbosacral', label: 'Lumbosacral (legs)', sides: ['left', 'right'] },
];

export const BODY_MAP_CELLS: readonly { region: Region; side: Side; key: CellKey }[] = BODY_MAP_REGIONS.flatMap((r) =>
  r.sides.map((side) => ({ region: r.region, side, key: `${r.region}.${side}` as CellKey })),
);

const SIDE_LABEL: Readonly<Record<Side, string>> = { left: 'L', right: 'R', midline: 'midline' };
const SIDE_WORD: Readonly<Record<Side, string>> = { left: 'left', right: 'right', midline: 'midline' };

const EMPTY: CellFindings = {
  normal: false,
  umnSigns: [],
  weakness: false,
  weaknessLmnType: false,
  wasting: false,
  fasciculations: false,
};

function hasFinding(c: CellFindings): boolean {
  return c.umnSigns.length > 0 || c.weakness || c.weaknessLmnType || c.wasting || c.fasciculations;
}

export type CellState = 'notExamined' | 'normal' | 'abnormal';

export function cellState(c: CellFindings | undefined): CellState {
  if (!c) return 'notExamined';
  if (hasFinding(c)) return 'abnormal';
  return c.normal ? 'normal' : 'notExamined';
}

/**
 * The exam schema's region entries for the map: one per examined column, in map order; a column
 * not examined has none.
 *
 * @example regionExamsOf({ 'cervical.right': { ...none, wasting: true } }) // [{ region: 'cervical', side: 'right', wasting: true }]
 */
export function regionExamsOf(value: BodyMapValue): RegionExam[] {
  const out: RegionExam[] = [];
  for (const { region, side, key } of BODY_MAP_CELLS) {
    const c = value[key];
    const state = cellState(c);
    if (!c || state === 'notExamined') continue;
    if (state === 'normal') {
      out.push({ region, side, normal: true });
      continue;
    }
    const entry: RegionExam = { region, side };
    if (c.umnSigns.length > 0) entry.umnSigns = [...c.umnSigns];
    for (const { key: k } of LMN_FINDINGS) if (c[k]) entry[k] = true;
    out.push(entry);
  }
  return out;
}

/** The map's value back from exam entries (a previous examination shown as a hint, or tests). */
export function bodyMapOf(regions: readonly RegionExam[]): BodyMapValue {
  const out: BodyMapValue = {};
  for (const r of regions) {
    const key = `${r.region}.${r.side}` as CellKey;
    const c = out[key] ?? EMPTY;
    out[key] = {
      normal: c.normal || r.normal === true,
      umnSigns: [...new Set([...c.umnSigns, ...(r.umnSigns ?? [])])],
      weakness: c.weakness || r.weakness === true,
      weaknessLmnType: c.weaknessLmnType || r.weaknessLmnType === true,
      wasting: c.wasting || r.wasting === true,
      fasciculations: c.fasciculations || r.fasciculations === true,
    };
  }
  return out;
}

function toggleSign(c: CellFindings, sign: UmnSign): CellFindings {
  const on = c.umnSigns.includes(sign);
  return { ...c, normal: false, umnSigns: on ? c.umnSigns.filter((s) => s !== sign) : [...c.umnSigns, sign] };
}

function toggleLmn(c: CellFindings, k: LmnFinding): CellFindings {
  const next = { ...c, normal: false, [k]: !c[k] };
  // Weakness of LMN type is weakness; clearing weakness clears its type.
  if (k === 'weaknessLmnType' && next.weaknessLmnType) next.weakness = true;
  if (k === 'weakness' && !next.weakness) next.weaknessLmnType = false;
  return next;
}

/** Move focus between the map's boxes with the arrow keys (columns across regions, rows by finding). */
function moveFocus(event: KeyboardEvent<HTMLElement>): void {
  const keys: Record<string, [number, number]> = {
    ArrowLeft: [-1, 0],
    ArrowRight: [1, 0],
    ArrowUp: [0, -1],
    ArrowDown: [0, 1],
  };
  const step = keys[event.key];
  const target = event.target as HTMLElement;
  const col = target.dataset.col;
  if (!step || col === undefined) return;
  const root = event.currentTarget;
  const boxes = (c: number) => [...root.querySelectorAll<HTMLInputElement>(`input[data-col="${c}"]`)];
  const here = boxes(Number(col));
  const at = here.indexOf(target as HTMLInputElement);
  let next: HTMLInputElement | undefined;
  if (step[1] !== 0) next = here[at + step[1]];
  else {
    const there = boxes(Number(col) + step[0]);
    // The same finding in the next column when it has it (LMN rows line up), else the same position.
    next =
      there.find((b) => b.dataset.row === target.dataset.row) ?? there[Math.min(at, there.length - 1)] ?? undefined;
  }
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

interface BodyMapProps {
  value: BodyMapValue;
  onChange(next: BodyMapValue): void;
  /** Errors by cell key (the API's message for that region entry). */
  errors?: Partial<Record<CellKey, string>>;
}

export function BodyMap({ value, onChange, errors = {} }: BodyMapProps) {
  const set = (key: CellKey, next: CellFindings) => onChange({ ...value, [key]: next });
  const restNormal = () => {
    const next: BodyMapValue = { ...value };
    for (const { key } of BODY_MAP_CELLS)
      if (cellState(value[key]) === 'notExamined') next[key] = { ...EMPTY, normal: true };
    onChange(next);
  };
  let col = -1;
  return (
    <div className="bodymap">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: arrow keys move between the boxes inside; each box is a native checkbox */}
      <div className="bodymap-regions" onKeyDown={moveFocus}>
        {BODY_MAP_REGIONS.map(({ region, label, sides }) => {
          const signs = UMN_SIGNS_BY_REGION[region];
          const cols = sides.map((side) => {
            col += 1;
            const key = `${region}.${side}` as CellKey;
            return { side, col, key, state: cellState(value[key]) };
          });
          return (
            <table key={region} className="bodymap-region" aria-label={`${label} examination`}>
              <thead>
                <tr>
                  <th scope="col" className="bodymap-title">
                    {label}
                  </th>
                  {cols.map(({ side, key }) => (
                    <th key={key} scope="col" className="bodymap-side">
                      {SIDE_LABEL[side]}
                    </th>
                  ))}
                </tr>
                <tr className="bodymap-state-row">
                  <th scope="row" className="bodymap-group">
                    examined, normal
                  </th>
                  {cols.map(({ side, col: c, key }) => {
                    const cell = value[key];
                    const state = cellState(cell);
                    return (
                      <td key={key} className={`bodymap-state ${state}`}>
                        <label title={`${label}, ${SIDE_WORD[side]}: examined and normal`}>
                          <input
                            type="checkbox"
                            data-col={c}
                            data-row="normal"
                            aria-label={`${label} ${SIDE_WORD[side]}: examined, normal`}
                            checked={state === 'normal'}
                            disabled={state === 'abnormal'}
                            onChange={() =>
                              set(key, state === 'normal' ? { ...EMPTY } : { ...EMPTY, ...cell, normal: true })
                            }
                          />
                          <span className="bodymap-state-word">{STATE_WORD[state]}</span>
                        </label>
                        {errors[key] && (
                          <span className="error" role="alert">
                            {errors[key]}
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="rowgroup" colSpan={cols.length + 1} className="bodymap-group">
                    UMN signs
                  </th>
                </tr>
                {signs.map((sign) => (
                  <tr key={sign}>
                    <th scope="row">{UMN_SIGN_LABEL[sign]}</th>
                    {cols.map(({ side, col: c, key, state }) => {
                      const cell = value[key] ?? EMPTY;
                      return (
                        <td key={key} className={`bodymap-box col-${state}`}>
                          <input
                            type="checkbox"
                            data-col={c}
                            data-row={`umn:${sign}`}
                            aria-label={`${label} ${SIDE_WORD[side]}: ${UMN_SIGN_LABEL[sign]}`}
                            checked={cell.umnSigns.includes(sign)}
                            onChange={() => set(key, toggleSign(cell, sign))}
                          />
                        </td>
                      );
                    })}
                  </tr>
                ))}
                <tr>
                  <th scope="rowgroup" colSpan={cols.length + 1} className="bodymap-group">
                    LMN signs
                  </th>
                </tr>
                {LMN_FINDINGS.map(({ key: k, label: findingLabel }) => (
                  <tr key={k}>
                    <th scope="row">{findingLabel}</th>
                    {cols.map(({ side, col: c, key, state }) => {
                      const cell = value[key] ?? EMPTY;
                      return (
                        <td key={key} className={`bodymap-box col-${state}`}>
                          <input
                            type="checkbox"
                            data-col={c}
                            data-row={`lmn:${k}`}
                            aria-label={`${label} ${SIDE_WORD[side]}: ${findingLabel}`}
                            checked={cell[k]}
                            onChange={() => set(key, toggleLmn(cell, k))}
                          />
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })}
      </div>
      <div className="bodymap-actions">
        <button type="button" onClick={restNormal}>
          Mark the rest examined and normal
        </button>
        <button type="button" onClick={() => onChange({})}>
          Clear the examination
        </button>
        <span className="muted">
          Blank column: not examined (the criteria count it as unknown, not as normal). Arrow keys move between boxes.
        </span>
      </div>
    </div>
  );
}

const STATE_WORD: Readonly<Record<CellState, string>> = {
  notExamined: 'not examined',
  normal: 'normal',
  abnormal: 'abnormal',
};
