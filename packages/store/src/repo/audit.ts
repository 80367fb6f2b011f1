/**
 * The audit log (interop-security §5.1): who did what to which patient's data, when, from where,
 * and with what outcome. Writes of patient data append their event inside their own transaction;
 * reads append theirs in the transaction that read.
 */
import type { Kysely } from 'kysely';
import type { AuditAction, Database } from '../db/tables.js';
import { isoTimestamp } from './rows.js';

/** Who is acting, and from where: carried from the HTTP layer into every audited call. */
export interface Actor {
  /** Null for an anonymous caller (a failed sign-in). */
  userId: string | null;
  roles: readonly string[];
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
}

export interface AuditInput {
  action: AuditAction;
  resourceType: string;
  resourceId?: string | null;
  patientId?: string | null;
  outcome?: 'success' | 'failure' | 'denied';
  /** No names or free text here: ids, counts, versions, filter names. */
  detail?: Record<string, unknown>;
}

const clip = (s: string | null | undefined, n: number) => (s == null ? null : s.slice(0, n));

const auditRow = (actor: Actor, event: AuditInput) => ({
  user_id: actor.userId,
  user_roles: [...actor.roles],
  action: event.action,
  resource_type: event.resourceType,
  resource_id: clip(event.resourceId, 200),
  patient_id: event.patientId ?? null,
  outcome: event.outcome ?? 'success',
  ip: clip(actor.ip, 100),
  user_agent: clip(actor.userAgent, 500),
  request_id: clip(actor.requestId, 100),
  detail: JSON.stringify(event.detail ?? {}),
});

/** Append one event (in the caller's transaction when given one). */
export async function appendAudit(db: Kysely<Database>, actor: Actor, event: AuditInput): Promise<void> {
  await db.insertInto('audit_event').values(auditRow(actor, event)).execute();
}

/** Append several events of one request in one statement (a clinic-wide list reads many records). */
export async function appendAudits(db: Kysely<Database>, actor: Actor, events: readonly AuditInput[]): Promise<void> {
  for (let i = 0; i < events.length; i += 500) {
    const rows = events.slice(i, i + 500).map((e) => auditRow(actor, e));
    if (rows.length > 0) await db.insertInto('audit_event').values(rows).execute();
  }
}

/**
 * Audit events of concurrent requests written together: each `append` resolves only once its
 * event is committed (durable), but events that arrive while one insert is under way go into the
 * next insert together, so N concurrent reads cost one commit (one sync) instead of N. One insert
 * is a transaction of its own: all of a group's events are written, or none (each waiter then
 * sees the error, and must not answer with the data it read).
 */
export class AuditGroupWriter {
  private queue: { row: ReturnType<typeof auditRow>; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private writing = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly maxGroup = 500,
  ) {}

  append(actor: Actor, event: AuditInput): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ row: auditRow(actor, event), resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        const group = this.queue.splice(0, this.maxGroup);
        try {
          await this.db
            .insertInto('audit_event')
            .values(group.map((g) => g.row))
            .execute();
          for (const g of group) g.resolve();
        } catch (error) {
          for (const g of group) g.reject(error);
        }
      }
    } finally {
      this.writing = false;
    }
  }
}

export interface AuditEvent {
  id: number;
  at: string;
  userId: string | null;
  userRoles: string[];
  action: AuditAction;
  resourceType: string;
  resourceId: string | null;
  patientId: string | null;
  outcome: 'success' | 'failure' | 'denied';
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  detail: Record<string, unknown>;
}

export interface AuditQuery {
  patientId?: string;
  userId?: string;
  action?: AuditAction;
  /** ISO timestamps, inclusive from, exclusive to. */
  from?: string;
  to?: string;
  limit: number;
  /** Events older than this id (paging backwards through time). */
  beforeId?: number;
}

/** Newest first. Reading the log is itself audited. */
export async function listAuditEvents(
  db: Kysely<Database>,
  actor: Actor,
  query: AuditQuery,
): Promise<{ events: AuditEvent[]; nextBeforeId: number | null }> {
  return db.transaction().execute(async (trx) => {
    let q = trx.selectFrom('audit_event').selectAll();
    if (query.patientId) q = q.where('patient_id', '=', query.patientId);
    if (query.userId) q = q.where('user_id', '=', query.userId);
    if (query.action) q = q.where('action', '=', query.action);
    if (query.from) q = q.where('at', '>=', query.from);
    if (query.to) q = q.where('at', '<', query.to);
    if (query.beforeId !== undefined) q = q.where('id', '<', query.beforeId);
    const rows = await q
      .orderBy('id', 'desc')
      .limit(query.limit + 1)
      .execute();
    const page = rows.slice(0, query.limit);
    await appendAudit(trx, actor, {
      action: 'read',
      resourceType: 'auditEvent',
      patientId: query.patientId ?? null,
      detail: { count: page.length, filters: Object.keys(query).filter((k) => k !== 'limit') },
    });
    return {
      events: page.map((r) => ({
        id: r.id,
        at: isoTimestamp(r.at),
        userId: r.user_id,
        userRoles: r.user_roles,
        action: r.action,
        resourceType: r.resource_type,
        resourceId: r.resource_id,
        patientId: r.patient_id,
        outcome: r.outcome,
        ip: r.ip,
        userAgent: r.user_agent,
        requestId: r.request_id,
        detail: r.detail,
      })),
      nextBeforeId: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
    };
  });
}
