/**
 * The data hooks every patient screen shares (one query key per resource, so a write invalidates
 * exactly what it changed): the patient record, the stored case (the engine's input), the server's
 * assessment, and the facts of one kind with their versions (for corrections).
 */
import type { ApiAssessment, ApiPatientRecord } from '@betz/contracts';
import type { Assessment, FactKindName, PatientCase } from '@betz/engine';
import { factApiPath, factKindEntry } from '@betz/engine';
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { api, apiAll } from './client';

/** A stored fact as the API returns it: its data plus who, when and which version. */
export interface FactRecord<T = Record<string, unknown>> {
  id: string;
  kind: string;
  patientId: string;
  visitId: string | null;
  version: number;
  recordedAt: string;
  recordedBy: string;
  updatedAt: string;
  updatedBy: string;
  changeReason: string | null;
  retracted: { at: string; by: string; reason: string } | null;
  data: T;
}

export interface AssessmentResponse extends Omit<ApiAssessment, 'assessment'> {
  assessment: Assessment;
}

export const patientKeys = {
  all: (patientId: string) => ['patient', patientId] as const,
  record: (patientId: string) => ['patient', patientId, 'record'] as const,
  case: (patientId: string, asOf?: string) => ['patient', patientId, 'case', asOf ?? 'today'] as const,
  assessment: (patientId: string, asOf?: string) => ['patient', patientId, 'assessment', asOf ?? 'today'] as const,
  facts: (patientId: string, kind: FactKindName) => ['patient', patientId, 'facts', kind] as const,
};

export function factsPath(patientId: string, kind: FactKindName): string {
  return `/patients/${patientId}/${factApiPath(factKindEntry(kind))}`;
}

export function usePatient(patientId: string) {
  return useQuery({
    queryKey: patientKeys.record(patientId),
    queryFn: ({ signal }) => api<ApiPatientRecord>('GET', `/patients/${patientId}`, { signal }),
  });
}

export function usePatientCase(patientId: string, asOf?: string) {
  return useQuery({
    queryKey: patientKeys.case(patientId, asOf),
    queryFn: ({ signal }) => api<PatientCase>('GET', `/patients/${patientId}/case`, { query: { asOf }, signal }),
  });
}

export function useAssessment(patientId: string, asOf?: string) {
  return useQuery({
    queryKey: patientKeys.assessment(patientId, asOf),
    queryFn: ({ signal }) =>
      // The Diagnosis tab shows the criteria traces (TracePanel); the text report is not used here.
      api<AssessmentResponse>('GET', `/patients/${patientId}/assessment`, {
        query: { asOf, include: 'trace' },
        signal,
      }),
  });
}

export function useFacts<T = Record<string, unknown>>(patientId: string, kind: FactKindName) {
  return useQuery({
    queryKey: patientKeys.facts(patientId, kind),
    queryFn: ({ signal }) => apiAll<FactRecord<T>>(factsPath(patientId, kind), { signal }),
  });
}

/** After any write to a patient: everything derived from the patient's facts is stale. */
export function invalidatePatient(queryClient: QueryClient, patientId: string): Promise<void> {
  return queryClient
    .invalidateQueries({ queryKey: patientKeys.all(patientId) })
    .then(() => queryClient.invalidateQueries({ queryKey: ['patients'] }));
}
