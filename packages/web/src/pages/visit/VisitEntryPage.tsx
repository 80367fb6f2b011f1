/**
 * Visit entry: one screen for one visit (date, examination body map, ALSFRS-R, vital capacity,
 * weight, symptoms, medications, notes), saved as one unit (`POST /patients/:id/visit-entry`), with
 * the engine's live assessment of the stored record plus this visit beside it. The draft lives in
 * React state only: in-app navigation and closing the tab ask first, and an expired session
 * overlays the page without unmounting it.
 */
import type { ClinicSettings, Medication, PatientCase } from '@betz/engine';
import { assessmentSettingsOf, createEngine, DEFAULT_CLINIC_SETTINGS } from '@betz/engine';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useBlocker, useNavigate, useParams } from 'react-router';
import { ApiRequestError, api } from '../../api/client';
import {
  type FactRecord,
  invalidatePatient,
  useAssessment,
  useFacts,
  usePatient,
  usePatientCase,
} from '../../api/patient';
import { useSession } from '../../auth/session';
import { FormError } from '../../components/Field';
import {
  assessableFacts,
  buildVisitEntry,
  caseWithVisit,
  draftHasEntries,
  emptyDraft,
  errorsByField,
  localToday,
  type VisitDraft,
} from './draft';
import { LivePanel, useLiveAssessment } from './LivePanel';
import { type DraftPatch, VisitForm } from './VisitForm';
import './visit.css';

export function VisitEntryPage() {
  const { patientId = '' } = useParams();
  const patient = usePatient(patientId);
  const stored = usePatientCase(patientId);
  const assessment = useAssessment(patientId);
  const medications = useFacts<Medication>(patientId, 'medication');
  // An error only shows while there is nothing to show: a refetch that fails (an expired session)
  // keeps the data, so the visit being entered stays mounted with everything typed.
  const failed =
    (!patient.data && patient.error) || (!stored.data && stored.error) || (!medications.data && medications.error);
  if (failed) {
    return (
      <main className="visit">
        <h1>New visit</h1>
        <FormError error={(failed as Error).message} />
      </main>
    );
  }
  // The engine's settings are the clinic's (echoed by the server's assessment); if the assessment
  // cannot be had, the documented defaults, said on the panel.
  const settingsReady = assessment.data !== undefined || assessment.error !== null;
  if (!patient.data || !stored.data || !medications.data || !settingsReady) {
    return <p className="loading">Loading the patient's record…</p>;
  }
  const name = [patient.data.familyName, patient.data.givenName].filter(Boolean).join(', ') || 'Unnamed patient';
  return (
    <VisitEntry
      key={patientId}
      patientId={patientId}
      patientName={name}
      birthDate={patient.data.birthDate}
      stored={stored.data}
      settings={assessment.data?.assessment.settings}
      medications={medications.data.filter((m) => m.retracted === null && !m.data.stopDate)}
    />
  );
}

interface VisitEntryProps {
  patientId: string;
  patientName: string;
  birthDate: string | null;
  stored: PatientCase;
  settings: ClinicSettings | undefined;
  medications: FactRecord<Medication>[];
}

function VisitEntry({ patientId, patientName, birthDate, stored, settings, medications }: VisitEntryProps) {
  const { session } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const previous = usePrevious(stored);
  const [draft, setDraft] = useState<VisitDraft>(() =>
    emptyDraft(localToday(), session?.user.displayName ?? '', previous.gastrostomy),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const saved = useRef(false);

  const engine = useMemo(() => createEngine(assessmentSettingsOf(settings ?? DEFAULT_CLINIC_SETTINGS)), [settings]);
  const request = useMemo(() => buildVisitEntry(draft), [draft]);
  const stoppedMeds = useMemo(
    () => medications.filter((m) => draft.stopped.includes(m.id)).map((m) => m.data),
    [medications, draft.stopped],
  );
  const draftCase = useMemo(
    () => caseWithVisit(stored, assessableFacts(request.body.facts), stoppedMeds, draft.date),
    [stored, request, stoppedMeds, draft.date],
  );
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(draft.date) ? draft.date : localToday();
  const live = useLiveAssessment(engine, stored, draftCase, asOf);

  const dirty = draftHasEntries(draft);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !saved.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (saved.current) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  // One part of the draft changes; the errors of that part go (the others stay until the next save).
  const patch = useCallback<DraftPatch>((key, value) => {
    setDraft((d) => ({ ...d, [key]: value }));
    const prefix = ERROR_PREFIX[key];
    setErrors((e) => {
      const kept = Object.entries(e).filter(([k]) => !k.startsWith(prefix));
      return kept.length === Object.keys(e).length ? e : Object.fromEntries(kept);
    });
  }, []);

  const save = async () => {
    setFormError(undefined);
    const problems = request.problems;
    if (Object.keys(problems).length > 0) {
      setErrors(problems);
      setFormError(FIELDS_MARKED);
      focusFirstError();
      return;
    }
    setSaving(true);
    try {
      // Stopping a stored medication corrects that fact (its stop date) in the same transaction.
      const corrections = medications
        .filter((m) => draft.stopped.includes(m.id))
        .map((m) => ({
          kind: 'medication',
          factId: m.id,
          version: m.version,
          reason: `stopped at the visit of ${draft.date}`,
          data: { ...m.data, stopDate: draft.date },
        }));
      await api('POST', `/patients/${patientId}/visit-entry`, {
        body: corrections.length > 0 ? { ...request.body, corrections } : request.body,
      });
      saved.current = true;
      await invalidatePatient(queryClient, patientId);
      navigate(`/patients/${patientId}`);
    } catch (error) {
      if (error instanceof ApiRequestError) {
        if (error.status === 401) {
          setFormError('Your session ended before the visit was saved: sign in again, then save.');
        } else if (error.code === 'version_conflict') {
          // A medication ticked as stopped was changed meanwhile: nothing was saved; its list is
          // read again (the draft stays) so the clinician can check it and save.
          await queryClient.invalidateQueries({ queryKey: ['patient', patientId, 'facts', 'medication'] });
          setFormError(
            'The visit is not saved: a medication in force was changed by someone else since this page opened. Its list has been read again; check the medications and save.',
          );
        } else {
          const { fields, rest } = errorsByField(error, request.fieldOf);
          setErrors(fields);
          setFormError(rest.length > 0 ? `The visit is not saved: ${rest.join('; ')}` : FIELDS_MARKED);
          focusFirstError();
        }
      } else setFormError(`The visit is not saved: ${(error as Error).message}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <main className="visit">
      <header className="visit-head">
        <div>
          <h1>
            New visit <span className="visit-patient">{patientName}</span>
          </h1>
          <p className="muted">
            {birthDate ? `born ${birthDate}` : 'date of birth not recorded'}
            {stored.history?.onsetDate ? ` · onset ${stored.history.onsetDate}` : ''}
            {stored.history?.onsetSite ? ` (${stored.history.onsetSite})` : ''}
            {previous.lastVisitDate ? ` · last measurements ${previous.lastVisitDate}` : ' · first visit recorded here'}
          </p>
        </div>
        <span className="spacer" />
        <Link to={`/patients/${patientId}`} className="button">
          Back to the chart
        </Link>
        <button type="button" className="primary" onClick={() => void save()} disabled={saving}>
          {saving ? 'Saving…' : 'Save visit'}
        </button>
      </header>
      <div className="visit-layout">
        <form
          className="visit-form"
          aria-label="Visit entry"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <VisitForm
            draft={draft}
            patch={patch}
            errors={errors}
            previous={previous}
            premorbidWeightKg={stored.patient.premorbidWeightKg}
            medications={medications}
          />
          <div className="visit-save">
            <FormError
              error={formError === FIELDS_MARKED && Object.keys(errors).length === 0 ? undefined : formError}
            />
            <button type="submit" className="primary" disabled={saving}>
              {saving ? 'Saving…' : 'Save visit'}
            </button>
          </div>
        </form>
        <LivePanel live={live} asOf={asOf} defaults={settings === undefined} />
      </div>
      {blocker.state === 'blocked' && <LeaveDialog onStay={() => blocker.reset()} onLeave={() => blocker.proceed()} />}
    </main>
  );
}

/** Said while fields carry errors; gone once they are corrected. */
const FIELDS_MARKED = 'The visit is not saved: see the marked fields.';

/** The error keys each part of the draft owns. */
const ERROR_PREFIX: Readonly<Record<keyof VisitDraft, string>> = {
  date: 'visit.date',
  kind: 'visit.kind',
  clinician: 'visit.clinician',
  note: 'visit.note',
  exam: 'exam.',
  other: 'exam.other',
  alsfrs: 'alsfrs',
  vc: 'vc.',
  weightKg: 'weight.',
  symptoms: 'symptom.',
  started: 'started.',
  stopped: 'stopped.',
};

function focusFirstError(): void {
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>('.visit-form [aria-invalid="true"], .visit-form .invalid input');
    el?.focus();
  });
}

/** What the last visits recorded, for the quiet hints beside the inputs. */
export interface PreviousValues {
  alsfrsr: NonNullable<PatientCase['alsfrsr']>[number] | undefined;
  vitalCapacity: NonNullable<PatientCase['vitalCapacity']>[number] | undefined;
  weight: NonNullable<PatientCase['weights']>[number] | undefined;
  /** Item 5 on 5b last time, or a gastrostomy in place: the form starts on 5b. */
  gastrostomy: boolean;
  lastVisitDate: string | undefined;
}

function latest<T extends { date: string }>(list: readonly T[] | undefined): T | undefined {
  let best: T | undefined;
  for (const x of list ?? []) if (!best || x.date >= best.date) best = x;
  return best;
}

function usePrevious(c: PatientCase): PreviousValues {
  return useMemo(() => {
    const alsfrsr = latest(c.alsfrsr);
    const vitalCapacity = latest(c.vitalCapacity);
    const weight = latest(c.weights);
    const tube = (c.interventions ?? []).some((i) => i.kind === 'gastrostomy' && !i.stopDate);
    const dates = [alsfrsr?.date, vitalCapacity?.date, weight?.date, latest(c.exams)?.date].filter(
      (d): d is string => d !== undefined,
    );
    return {
      alsfrsr,
      vitalCapacity,
      weight,
      gastrostomy: tube || (alsfrsr !== undefined && alsfrsr.cuttingWithGastrostomy !== undefined),
      lastVisitDate: dates.sort().at(-1),
    };
  }, [c]);
}

function LeaveDialog({ onStay, onLeave }: { onStay(): void; onLeave(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby="leave-title"
      onCancel={(e) => {
        e.preventDefault();
        onStay();
      }}
    >
      <h2 id="leave-title">Leave without saving?</h2>
      <p>This visit has not been saved. If you leave, what you entered on this page is lost.</p>
      <div className="actions">
        <button type="button" className="primary" onClick={onStay}>
          Stay and keep editing
        </button>
        <button type="button" className="danger" onClick={onLeave}>
          Leave without saving
        </button>
      </div>
    </dialog>
  );
}
