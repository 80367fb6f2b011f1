/**
 * Facts to rows and back, driven by the field maps of `schema/facts.ts`. Absent fields are NULL
 * columns; NULL columns are absent fields; a nested object (`history.progression`) exists when any
 * of its columns holds a value. `false`, `0` and `[]` are values and survive the round trip.
 */
import { type ColumnOf, columnsOf, type FieldMap } from '../schema/fields.js';

type Plain = Record<string, unknown>;

const COLUMN_CACHE = new WeakMap<FieldMap, ColumnOf[]>();

/** The columns of a field map, computed once per map. */
export function columnsFor(fields: FieldMap): ColumnOf[] {
  let columns = COLUMN_CACHE.get(fields);
  if (!columns) {
    columns = columnsOf(fields);
    COLUMN_CACHE.set(fields, columns);
  }
  return columns;
}

function valueAt(data: Plain, path: readonly string[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Plain)[key];
  }
  return value;
}

/** The column values of one fact (every column of the map, NULL where the field is absent). */
export function factToRow(fields: FieldMap, data: Plain): Plain {
  const row: Plain = {};
  for (const c of columnsFor(fields)) {
    const value = valueAt(data, c.path);
    if (c.spec.type === 'presence') row[c.column] = value === undefined ? null : true;
    else row[c.column] = value === undefined ? null : value;
  }
  return row;
}

/** The fact a row holds, in the facts model's shape. */
export function rowToFact(fields: FieldMap, row: Plain): Plain {
  const data: Plain = {};
  for (const c of columnsFor(fields)) {
    const value = row[c.column];
    if (value === null || value === undefined) continue;
    const isPresence = c.spec.type === 'presence';
    let target = data;
    for (const key of isPresence ? c.path : c.path.slice(0, -1)) {
      target[key] ??= {};
      target = target[key] as Plain;
    }
    if (!isPresence) target[c.path[c.path.length - 1] as string] = value;
  }
  return data;
}

/** PostgreSQL timestamp text (`2025-01-02 10:11:12.345678+00`) as ISO 8601 UTC with milliseconds. */
export function isoTimestamp(text: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(text);
  if (!m) return new Date(text).toISOString();
  const millis = (m[3] ?? '.000').slice(0, 4).padEnd(4, '0');
  const zone = m[4];
  if (zone === undefined || zone === 'Z' || /^[+-]00(:?00)?$/.test(zone)) return `${m[1]}T${m[2]}${millis}Z`;
  return new Date(`${m[1]}T${m[2]}${millis}${zone.length === 3 ? `${zone}:00` : zone}`).toISOString();
}
