// @vitest-environment happy-dom
import type { PatientCase } from '@betz/engine';
import { assess } from '@betz/engine';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { needsInWords } from '../../components/needs';
import { ChartHeader } from './ChartHeader';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const PATIENT = {
  id: 'p1',
  version: 1,
  familyName: 'Okafor',
  givenName: 'Bea',
  sex: 'female',
  birthDate: '1961-03-14',
  heightCm: null,
  premorbidWeightKg: null,
};

/** Answers the four requests of the header from a case assessed by the engine as the server would. */
function serve(c: PatientCase, asOf: string) {
  const assessment = assess(c, asOf);
  const answers: [RegExp, unknown][] = [
    [/\/assessment/, { patientId: 'p1', asOf, assessment, text: '', warnings: [] }],
    [/\/case/, c],
    [
      /\/identifiers/,
      {
        items: [{ id: 'i1', data: { system: 'mrn', value: 'MRN-77' }, retracted: null }],
        page: { limit: 500, nextCursor: null, total: 1 },
      },
    ],
    [/\/patients\/p1$/, PATIENT],
  ];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const body = answers.find(([re]) => re.test(url.split('?')[0] ?? ''))?.[1];
      return new Response(JSON.stringify(body ?? {}), { status: body ? 200 : 404 });
    }),
  );
  return assessment;
}

function renderHeader() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <ChartHeader patientId="p1" />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('ChartHeader', () => {
  it('says what is missing, as the engine names it, instead of a value', async () => {
    const a = serve({ schemaVersion: 1, patient: { id: 'p1', sex: 'female', birthDate: '1961-03-14' } }, '2026-03-13');
    renderHeader();
    await screen.findByText('OKAFOR, Bea');
    await waitFor(() => expect(screen.getByText('insufficient data: needs symptom onset date (history)')).toBeTruthy());
    const text = document.body.textContent ?? '';
    if (a.staging.kings.kind !== 'insufficient' || a.function.progression.kind === 'computed') throw new Error('seed');
    // The engine's reasons, with their case paths said in words.
    expect(text).toContain(needsInWords(a.staging.kings.reason));
    expect(text).toContain(needsInWords(a.function.progression.reason));
    expect(text).toContain(
      needsInWords(a.prognosis.encals.kind === 'insufficient' ? a.prognosis.encals.reason : 'unreachable'),
    );
    expect(text).not.toMatch(/needs [a-z]+\.[a-zA-Z]/);
    expect(text).not.toMatch(/pts\/month/);
  });

  it('shows age on the assessment date, identifiers, and the values with a "why" beside each', async () => {
    const record = (date: string, hand: 1 | 2 | 3) =>
      ({
        date,
        speech: 4,
        salivation: 4,
        swallowing: 4,
        handwriting: hand,
        cuttingWithoutGastrostomy: hand,
        dressing: 4,
        turningInBed: 4,
        walking: 4,
        climbingStairs: 4,
        dyspnoea: 4,
        orthopnoea: 4,
        respiratoryInsufficiency: 4,
      }) as const;
    const a = serve(
      {
        schemaVersion: 1,
        patient: { id: 'p1', sex: 'female', birthDate: '1961-03-14' },
        history: { onsetDate: '2025-01-10', onsetSite: 'cervical', onsetSide: 'right' },
        alsfrsr: [record('2025-06-01', 3), record('2025-09-01', 2), record('2026-01-05', 1)],
      },
      '2026-03-14',
    );
    renderHeader();
    await screen.findByText('65 y');
    expect(screen.getByText('MRN-77')).toBeTruthy();
    if (a.function.progression.kind !== 'computed') throw new Error('seed');
    await screen.findByText(a.function.progression.pointsPerMonth.toFixed(2));
    expect(screen.getByText('42')).toBeTruthy();
    expect(screen.getAllByText('why').length).toBe(4);
    expect(screen.getByRole('link', { name: 'The full trace on the Diagnosis tab' }).getAttribute('href')).toBe(
      '/patients/p1/diagnosis',
    );
  });
});
