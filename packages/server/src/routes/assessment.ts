/**
 * The assessment endpoint's work, kept cheap (issue 11):
 * - the response body is remembered per (patient, as-of date, included parts) with the versions of
 *   the stored input it was computed from (`patient.version`, `patient.facts_version`, bumped in
 *   the same transaction as every fact write), and the clinic settings it was computed with; a
 *   request reads the current versions (one indexed row) and serves the remembered body only when
 *   they are equal, so a write is never followed by a stale answer, in this process or any other;
 * - a patient with nothing remembered skips that check: the facts and the versions come in one
 *   statement;
 * - the read's audit event goes through the store's group writer (concurrent reads share one
 *   commit) and the body is sent only once the event is durable;
 * - traces and the text report (about half the size) only on request.
 */
import { type AsOfSource, type AssessmentInclude, AssessmentResponseSchema, caseWarnings } from '@betz/contracts';
import { type Assessment, type Engine, renderAssessmentText } from '@betz/engine';
import { type Actor, AuditGroupWriter, loadVersionedPatientCase, patientCaseVersions, type Store } from '@betz/store';
import type { z } from 'zod';
import type { AppDeps } from '../http/route.js';

/** Remembered bodies, least recently used first; bounded by their total size in characters. */
export class BodyCache {
  private readonly entries = new Map<string, { versions: string; body: string }>();
  private chars = 0;

  constructor(private readonly maxChars: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The body remembered under `key`, only if it was computed from `versions`. */
  get(key: string, versions: string): string | undefined {
    const hit = this.entries.get(key);
    if (!hit || hit.versions !== versions) return undefined;
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.body;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  set(key: string, versions: string, body: string): void {
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.chars -= old.body.length;
    }
    if (body.length > this.maxChars) return;
    this.entries.set(key, { versions, body });
    this.chars += body.length;
    for (const [k, v] of this.entries) {
      if (this.chars <= this.maxChars) break;
      this.entries.delete(k);
      this.chars -= v.body.length;
    }
  }
}

/** 64 MiB of remembered JSON: about a thousand patients' assessments. */
const CACHE_CHARS = 64 * 2 ** 20;

interface AssessmentState {
  cache: BodyCache;
  settingsKey: string;
}

const STATES = new WeakMap<AppDeps, AssessmentState>();
const AUDIT_WRITERS = new WeakMap<Store['db'], AuditGroupWriter>();

function stateFor(deps: AppDeps): AssessmentState {
  let state = STATES.get(deps);
  if (!state) {
    state = { cache: new BodyCache(CACHE_CHARS), settingsKey: JSON.stringify(deps.config.clinic) };
    STATES.set(deps, state);
  }
  return state;
}

/** The store's audit group writer (one per database handle, so every route shares its groups). */
export function auditWriterFor(store: Store): AuditGroupWriter {
  let writer = AUDIT_WRITERS.get(store.db);
  if (!writer) {
    writer = new AuditGroupWriter(store.db);
    AUDIT_WRITERS.set(store.db, writer);
  }
  return writer;
}

/** The assessment cache of an app (for tests that look at what it holds). */
export const assessmentCacheOf = (deps: AppDeps): BodyCache => stateFor(deps).cache;

export function parseIncludes(include: string | undefined): AssessmentInclude[] {
  if (!include) return [];
  return [...new Set(include.split(',') as AssessmentInclude[])].sort();
}

const CRITERIA = ['elEscorial', 'awaji', 'goldCoast'] as const;

/** The assessment without the parts not asked for (a shallow copy: the engine's object is not changed). */
function compact(assessment: Assessment, includes: readonly AssessmentInclude[]): Record<string, unknown> {
  if (includes.includes('trace')) return assessment as unknown as Record<string, unknown>;
  const diagnosis: Record<string, unknown> = { ...assessment.diagnosis };
  for (const set of CRITERIA) {
    const result = diagnosis[set];
    if (result && typeof result === 'object') {
      const { trace: _trace, ...rest } = result as Record<string, unknown>;
      diagnosis[set] = rest;
    }
  }
  return { ...(assessment as unknown as Record<string, unknown>), diagnosis };
}

/**
 * The JSON body of one patient's assessment as of a date, audited; from the cache when the
 * patient's stored input has not changed since it was computed.
 */
export async function assessmentBody(
  deps: AppDeps,
  actor: Actor,
  engine: Engine,
  patientId: string,
  date: { asOf: string; asOfSource: AsOfSource },
  includes: readonly AssessmentInclude[],
): Promise<string> {
  const { asOf, asOfSource } = date;
  const { cache, settingsKey } = stateFor(deps);
  const db = deps.store.db;
  const key = `${patientId}|${asOf}|${asOfSource}|${includes.join(',')}|${settingsKey}`;
  let body: string | undefined;
  if (cache.has(key)) {
    const v = await patientCaseVersions(db, patientId);
    body = cache.get(key, `${v.version}.${v.factsVersion}`);
  }
  if (body === undefined) {
    const loaded = await loadVersionedPatientCase(db, patientId, asOf);
    const assessment = engine.assess(loaded.case, asOf);
    const response: z.input<typeof AssessmentResponseSchema> = {
      patientId,
      asOf,
      asOfSource,
      assessment: compact(assessment, includes),
      ...(includes.includes('text') ? { text: renderAssessmentText(assessment) } : {}),
      warnings: caseWarnings(loaded.case),
    };
    if (deps.config.validateResponses) {
      const check = AssessmentResponseSchema.safeParse(response);
      if (!check.success) throw new Error(`the assessment response does not match its schema: ${check.error.message}`);
    }
    body = JSON.stringify(response);
    cache.set(key, `${loaded.versions.version}.${loaded.versions.factsVersion}`, body);
  }
  // Sent only once the read is on record.
  await auditWriterFor(deps.store).append(actor, {
    action: 'read',
    resourceType: 'assessment',
    resourceId: patientId,
    patientId,
    detail: { asOf },
  });
  return body;
}
