/** Errors the store raises for conditions a caller must handle (not programming errors). */

export type StoreErrorCode =
  | 'data_folder_locked'
  | 'data_folder_damaged'
  | 'data_folder_foreign'
  | 'database_unavailable'
  | 'migration_mismatch'
  | 'not_found'
  | 'version_conflict'
  | 'conflict'
  | 'invalid'
  | 'backup_invalid'
  | 'restore_target_not_empty';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly detail: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** A stale write: the record moved on to `currentVersion` since the writer read it. */
export class VersionConflictError extends StoreError {
  constructor(
    readonly currentVersion: number,
    what: string,
  ) {
    super('version_conflict', `${what} was changed by someone else (now at version ${currentVersion})`, {
      currentVersion,
    });
  }
}
