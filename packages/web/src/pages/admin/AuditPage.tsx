/**
 * The audit log (GET /audit, newest first): filters by user, patient, action and date range
 * (AuditQuerySchema), kept in the URL so a link (from an account's row) lands filtered; paged
 * backwards by the server's `nextCursor`.
 */
import type { ApiAuditEvent, ApiAuditPage, ApiUser } from '@betz/contracts';
import { AUDIT_ACTIONS } from '@betz/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { Field, FormError, fieldError, formError } from '../../components/Field';
import { formatWhen, useUsers } from './users';

const PAGE_SIZE = 50;
const FILTERS = ['userId', 'patientId', 'action', 'from', 'to'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

/** The start of a local calendar day, or the end of one, as the API's timestamp. */
function dayStart(date: string): string | undefined {
  const d = new Date(`${date}T00:00:00`);
  return date && !Number.isNaN(d.getTime()) ? d.toISOString() : undefined;
}
function dayEnd(date: string): string | undefined {
  const d = new Date(`${date}T23:59:59.999`);
  return date && !Number.isNaN(d.getTime()) ? d.toISOString() : undefined;
}

function userLabel(users: ReadonlyMap<string, ApiUser>, id: string | null, event: ApiAuditEvent): string {
  if (!id) {
    const named = event.detail.username;
    return typeof named === 'string' ? `(${named})` : '—';
  }
  const u = users.get(id);
  return u ? `${u.displayName} (${u.username})` : id.slice(0, 8);
}

function detailText(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('; ');
}

function Outcome({ outcome }: { outcome: ApiAuditEvent['outcome'] }) {
  if (outcome === 'failure') return <span className="badge urgent">✗ failure</span>;
  if (outcome === 'denied') return <span className="badge due">⊘ denied</span>;
  return <span>success</span>;
}

export function AuditPage() {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const applied = useMemo(() => Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ''])) as Filters, [params]);
  const [form, setForm] = useState<Filters>(applied);
  useEffect(() => setForm(applied), [applied]);
  // Page stack: the cursor of every page shown so far (undefined = newest), for these filters only.
  const key = params.toString();
  const [paging, setPaging] = useState<{ key: string; stack: (string | undefined)[] }>({ key, stack: [undefined] });
  const pages = paging.key === key ? paging.stack : [undefined];
  const setPages = (change: (stack: (string | undefined)[]) => (string | undefined)[]) =>
    setPaging({ key, stack: change(pages) });
  const cursor = pages[pages.length - 1];
  const users = useUsers();
  const byId = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, u])), [users.data]);

  const audit = useQuery({
    queryKey: ['admin', 'audit', applied, cursor],
    queryFn: ({ signal }) =>
      api<ApiAuditPage>('GET', '/audit', {
        query: {
          userId: applied.userId || undefined,
          patientId: applied.patientId.trim() || undefined,
          action: applied.action || undefined,
          from: dayStart(applied.from),
          to: dayEnd(applied.to),
          limit: PAGE_SIZE,
          cursor,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

  const apply = (next: Filters) => {
    const p = new URLSearchParams();
    for (const k of FILTERS) if (next[k].trim()) p.set(k, next[k].trim());
    setParams(p);
  };
  const set = (key: keyof Filters) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));
  const active = FILTERS.filter((k) => applied[k]).length;
  const first = (pages.length - 1) * PAGE_SIZE + 1;
  const events = audit.data?.items ?? [];

  return (
    <section aria-label="Audit log">
      <h2>Audit log</h2>
      <form
        className="card row-form audit-filters"
        aria-label="Audit filters"
        onSubmit={(e) => {
          e.preventDefault();
          apply(form);
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-user`}>User</label>
          <select id={`${id}-user`} value={form.userId} onChange={set('userId')}>
            <option value="">any user</option>
            {(users.data ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName} ({u.username})
              </option>
            ))}
          </select>
        </div>
        <Field
          label="Patient id"
          value={form.patientId}
          onChange={set('patientId')}
          placeholder="patient UUID"
          className="patient-id-field"
          error={fieldError(audit.error, 'patientId')}
        />
        <div className="field">
          <label htmlFor={`${id}-action`}>Action</label>
          <select id={`${id}-action`} value={form.action} onChange={set('action')}>
            <option value="">any action</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {a.replace('_', ' ')}
              </option>
            ))}
          </select>
        </div>
        <Field
          label="From"
          type="date"
          value={form.from}
          onChange={set('from')}
          error={fieldError(audit.error, 'from')}
        />
        <Field
          label="To (inclusive)"
          type="date"
          value={form.to}
          onChange={set('to')}
          error={fieldError(audit.error, 'to')}
        />
        <div className="actions">
          <button type="submit" className="primary">
            Show events
          </button>
          <button
            type="button"
            disabled={active === 0}
            onClick={() => apply({ userId: '', patientId: '', action: '', from: '', to: '' })}
          >
            Clear filters
          </button>
        </div>
      </form>
      <FormError error={formError(audit.error, ['patientId', 'from', 'to'])} />

      <div className="toolbar pager">
        <span role="status" className="muted">
          {audit.isPending
            ? 'Loading…'
            : events.length === 0
              ? `No event${active ? ' matches these filters' : ''}.`
              : `Events ${first}–${first + events.length - 1}, newest first${active ? ` · ${active} filter${active === 1 ? '' : 's'}` : ''}`}
        </span>
        <span className="spacer" />
        <button type="button" disabled={pages.length <= 1} onClick={() => setPages((p) => p.slice(0, -1))}>
          ← Newer
        </button>
        <button
          type="button"
          disabled={!audit.data?.page.nextCursor}
          onClick={() => {
            const next = audit.data?.page.nextCursor;
            if (next) setPages((p) => [...p, next]);
          }}
        >
          Older →
        </button>
      </div>
      <table className="grid audit">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">User</th>
            <th scope="col">Action</th>
            <th scope="col">Resource</th>
            <th scope="col">Patient</th>
            <th scope="col">Outcome</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {events.map((ev) => (
            <tr key={ev.id}>
              <td className="nowrap">{formatWhen(ev.at)}</td>
              <td>
                {userLabel(byId, ev.userId, ev)}
                {ev.userRoles.length > 0 && <span className="muted"> · {ev.userRoles.join(', ')}</span>}
              </td>
              <td>{ev.action.replace('_', ' ')}</td>
              <td>
                {ev.resourceType}
                {ev.resourceId && <span className="muted mono"> {ev.resourceId.slice(0, 8)}</span>}
              </td>
              <td>
                {ev.patientId ? (
                  <button
                    type="button"
                    className="link mono"
                    title={`Show only patient ${ev.patientId}`}
                    aria-label={`Show only events of patient ${ev.patientId}`}
                    onClick={() => apply({ ...applied, patientId: ev.patientId ?? '' })}
                  >
                    {ev.patientId.slice(0, 8)}
                  </button>
                ) : (
                  '—'
                )}
              </td>
              <td>
                <Outcome outcome={ev.outcome} />
              </td>
              <td className="detail" title={[ev.ip, ev.userAgent, ev.requestId].filter(Boolean).join(' · ')}>
                {detailText(ev.detail)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
