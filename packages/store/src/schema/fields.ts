/**
 * How a fact's fields become columns. Each fact kind is described once as data (a field map), and
 * the row mapping, the case loader, the de-identified view and the schema parity tests all read
 * that description. The SQL migrations are written by hand; a test checks they match these maps.
 */

interface Common {
  /** NOT NULL in the table; required in the case model. */
  required?: boolean;
  /** Column name when the snake_case of the field name reads badly (`snipCmH2O` -> `snip_cmh2o`). */
  column?: string;
}

export type FieldSpec =
  | (Common & { type: 'date' })
  | (Common & { type: 'boolean' })
  /** `values`: the closed vocabulary (a CHECK in the table); `freeText`: may hold identifying words. */
  | (Common & { type: 'text'; values?: readonly string[]; freeText?: boolean; code?: boolean })
  | (Common & { type: 'number'; min?: number; max?: number; integer?: boolean; positive?: boolean })
  | (Common & { type: 'textList'; values?: readonly string[]; freeText?: boolean })
  | { type: 'object'; fields: FieldMap; column?: undefined; required?: undefined };

export type FieldMap = Readonly<Record<string, FieldSpec>>;

type ObjectLike<T> = T extends readonly unknown[] ? never : T extends object ? T : never;

/**
 * A field map that names every field of the facts-model type `T` (except the child lists in
 * `Omit`): adding a field to the facts model without storing it fails the typecheck here.
 */
export type FieldsOf<T, Omit extends keyof T = never> = {
  readonly [K in Exclude<keyof T, Omit>]-?: [ObjectLike<NonNullable<T[K]>>] extends [never]
    ? FieldSpec
    : { type: 'object'; fields: FieldsOf<NonNullable<T[K]>> };
};

export const date = (o: Common = {}): FieldSpec => ({ type: 'date', ...o });
export const bool = (o: Common = {}): FieldSpec => ({ type: 'boolean', ...o });
export const text = (o: Common & { freeText?: boolean } = {}): FieldSpec => ({ type: 'text', ...o });
/** A short code from an open list (a drug name, an instrument id): letters, digits, `._-`, no spaces. */
export const code = (o: Common = {}): FieldSpec => ({ type: 'text', code: true, ...o });
export const oneOf = (values: readonly string[], o: Common = {}): FieldSpec => ({ type: 'text', values, ...o });
export const num = (min: number | undefined, max: number | undefined, o: Common = {}): FieldSpec => ({
  type: 'number',
  ...(min === undefined ? {} : { min }),
  ...(max === undefined ? {} : { max }),
  ...o,
});
export const positive = (o: Common = {}): FieldSpec => ({ type: 'number', positive: true, ...o });
export const int = (min: number, max: number, o: Common = {}): FieldSpec => ({
  type: 'number',
  min,
  max,
  integer: true,
  ...o,
});
export const list = (values?: readonly string[], o: { freeText?: boolean } = {}): FieldSpec => ({
  type: 'textList',
  ...(values ? { values } : {}),
  ...o,
});
export const obj = <F extends FieldMap>(fields: F) => ({ type: 'object', fields }) as const;

/** `percentPredicted` -> `percent_predicted`. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/**
 * The column that records that a nested object was given at all (`ncs_recorded`): an empty
 * `ncs: {}` (studied, nothing flagged) differs from no `ncs` (not recorded). TRUE or NULL.
 */
export type PresenceSpec = { type: 'presence' };

/** One stored column of a field map, with the path of its field in the facts object. */
export interface ColumnOf {
  column: string;
  path: readonly string[];
  spec: Exclude<FieldSpec, { type: 'object' }> | PresenceSpec;
}

/** Every column of a field map, nested objects flattened with their name as a prefix. */
export function columnsOf(fields: FieldMap, prefix = '', path: readonly string[] = []): ColumnOf[] {
  const out: ColumnOf[] = [];
  for (const [name, spec] of Object.entries(fields)) {
    if (spec.type === 'object') {
      const nested = `${prefix}${snakeCase(name)}_`;
      out.push({ column: `${nested}recorded`, path: [...path, name], spec: { type: 'presence' } });
      out.push(...columnsOf(spec.fields, nested, [...path, name]));
    } else {
      out.push({ column: spec.column ?? `${prefix}${snakeCase(name)}`, path: [...path, name], spec });
    }
  }
  return out;
}
