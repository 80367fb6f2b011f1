/**
 * Database refusals turned into store errors a caller can show: a CHECK, NOT NULL or foreign key
 * violation is invalid input (named by the field it concerns), a unique violation is a conflict.
 * The database enforces the same ranges as the API schemas, so these are a second line; they must
 * never surface as a server error.
 */
import { StoreError } from '../db/errors.js';
import { columnsOf, type FieldMap } from '../schema/fields.js';

interface PgLikeError {
  code?: unknown;
  constraint?: unknown;
  column?: unknown;
}

const isPgError = (e: unknown): e is PgLikeError & Error =>
  e instanceof Error &&
  typeof (e as PgLikeError).code === 'string' &&
  /^[0-9A-Z]{5}$/.test((e as PgLikeError).code as string);

/** Names the request field a column (or a constraint named after one) belongs to. */
export type FieldResolver = (columnOrConstraint: string) => string | undefined;

/**
 * The resolver of a table described by a field map: `weight_weight_kg_check` -> `data.weightKg`;
 * the visit link -> `visitId`.
 */
export function factFieldResolver(table: string, fields: FieldMap, prefix = 'data.'): FieldResolver {
  const columns = columnsOf(fields).sort((a, b) => b.column.length - a.column.length);
  return (name) => {
    if (name === 'visit_id' || name.endsWith('visit_id_patient_id_fkey')) return 'visitId';
    const bare = name.startsWith(`${table}_`) ? name.slice(table.length + 1).replace(/_check$/, '') : name;
    const hit = columns.find((c) => c.column === bare || c.column === name || bare.startsWith(`${c.column}_`));
    return hit ? `${prefix}${hit.path.join('.')}` : undefined;
  };
}

/** Rethrow a database error as a `StoreError` when it is the input's fault; otherwise as it is. */
export function translateDbError(error: unknown, resolve: FieldResolver = () => undefined): never {
  if (error instanceof StoreError || !isPgError(error)) throw error;
  const code = error.code as string;
  const constraint = typeof error.constraint === 'string' ? error.constraint : undefined;
  const column = typeof error.column === 'string' ? error.column : undefined;
  const field = (column && resolve(column)) || (constraint && resolve(constraint)) || null;
  const detail = { field, constraint: constraint ?? null };
  if (code === '23505') throw new StoreError('conflict', 'a record with the same unique value already exists', detail);
  if (code === '23503') {
    throw new StoreError('invalid', 'refers to a record that does not exist (or belongs to another patient)', detail);
  }
  if (code === '23514' || code === '23502' || code.startsWith('22')) {
    throw new StoreError('invalid', 'the database refused the value (out of range or malformed)', detail);
  }
  throw error;
}
