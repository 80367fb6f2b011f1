// @vitest-environment happy-dom
import type { MuscleEntry } from '@betz/engine';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmgMusclePicker, searchMuscles } from './EmgMusclePicker';
import { EmgStudyForm } from './EmgStudyForm';
import { rowToMuscle } from './emgRows';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function type(text: string) {
  const box = document.querySelector('input[role="combobox"]') as HTMLInputElement;
  fireEvent.focus(box);
  fireEvent.change(box, { target: { value: text } });
  return box;
}

describe('searchMuscles', () => {
  it('finds a muscle by part of its name', () => {
    expect(searchMuscles('first dorsal').map((m) => m.id)).toEqual(['firstDorsalInterosseous']);
    expect(searchMuscles('Deltoid').map((m) => m.id)).toEqual(['deltoid']);
  });
  it('finds the muscles of a root typed alone, and only those', () => {
    const c8 = searchMuscles('C8');
    expect(c8.map((m) => m.id)).toContain('firstDorsalInterosseous');
    expect(c8.map((m) => m.id)).not.toContain('bicepsBrachii');
    for (const m of c8) expect(m.roots).toContain('C8');
  });
  it('combines words: a nerve and a root', () => {
    expect(searchMuscles('ulnar t1').every((m) => m.nerve === 'ulnar' && m.roots.includes('T1'))).toBe(true);
  });
});

describe('EmgMusclePicker', () => {
  it('shows roots, nerve and region of each option, and picks with the keyboard', () => {
    const onPick = vi.fn<(m: MuscleEntry) => void>();
    render(<EmgMusclePicker onPick={onPick} />);
    const box = type('biceps');
    const options = screen.getAllByRole('option');
    const biceps = options.find((o) => o.textContent?.includes('biceps brachii'))!;
    expect(biceps.textContent).toContain('C5* C6');
    expect(biceps.textContent).toContain('musculocutaneous nerve');
    expect(biceps.textContent).toContain('cervical');
    // The first option is active; ArrowDown moves to the next, Enter picks it.
    const index = options.indexOf(biceps);
    for (let i = 0; i < index; i++) fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(biceps.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledTimes(1);
    const picked = onPick.mock.calls[0]![0];
    expect(picked).toMatchObject({ id: 'bicepsBrachii', nerve: 'musculocutaneous', region: 'cervical' });
    expect(picked.roots).toEqual(['C5', 'C6']);
    expect((box as HTMLInputElement).value).toBe('');
  });
  it('says when nothing matches, and Escape closes the list', () => {
    render(<EmgMusclePicker onPick={() => {}} />);
    const box = type('zzz');
    expect(screen.getByRole('listbox').textContent).toContain('no muscle matches');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
  });
});

describe('the entry form says, region by region, whether the EMG muscle rule is met', () => {
  function renderForm() {
    const client = new QueryClient();
    render(
      <QueryClientProvider client={client}>
        <EmgStudyForm patientId="p1" settings={undefined} onDone={() => {}} onCancel={() => {}} />
      </QueryClientProvider>,
    );
  }
  function add(query: string, name: string) {
    const box = type(query);
    const option = screen.getAllByRole('option').find((o) => o.querySelector('.m-name')?.textContent === name)!;
    fireEvent.mouseDown(option);
    expect(box).toBeTruthy();
  }
  function denervate(name: string) {
    fireEvent.click(screen.getByLabelText(`Chronic neurogenic MUPs, ${name} (right)`));
    fireEvent.click(screen.getByLabelText(`Fibrillations, ${name} (right)`));
  }
  const box = (region: string) => document.querySelector(`.region-rule[data-region="${region}"]`) as HTMLElement;

  it('one limb muscle is not enough; a second on another root and nerve meets it', () => {
    renderForm();
    expect(within(box('cervical')).getByText('not sampled')).toBeTruthy();
    add('interosseous', 'first dorsal interosseous');
    denervate('first dorsal interosseous');
    expect(box('cervical').textContent).toContain('not met');
    expect(box('cervical').textContent).toContain('a second limb muscle on another root and nerve is needed');
    add('biceps', 'biceps brachii');
    denervate('biceps brachii');
    expect(box('cervical').textContent).toContain('rule met');
    expect(box('cervical').textContent).toContain('different roots and different nerves');
  });
  it('one bulbar muscle suffices; a muscle ticked normal is sent as examined and normal', () => {
    renderForm();
    add('genioglossus', 'genioglossus (tongue)');
    denervate('genioglossus (tongue)');
    expect(box('bulbar').textContent).toContain('one muscle suffices');
    add('vastus lateralis', 'vastus lateralis');
    fireEvent.click(screen.getByLabelText('Examined and normal, vastus lateralis (right)'));
    expect(box('lumbosacral').textContent).toContain('1 muscle');
    expect(box('lumbosacral').textContent).toContain('not met');
  });
  it('maps a row to the schema: normal only when ticked, findings only when present', () => {
    expect(
      rowToMuscle({
        key: 1,
        muscle: 'thoracicParaspinals',
        side: 'left',
        normal: false,
        flags: { fibrillations: true },
        fasciculationPotentials: 'complex',
        fasciculationsUnstable: false,
        thoracicLevel: 'T8',
      }),
    ).toEqual({
      muscle: 'thoracicParaspinals',
      side: 'left',
      fibrillations: true,
      fasciculationPotentials: 'complex',
      thoracicLevel: 8,
    });
  });
  it('asks for a result on a row with neither Normal nor a finding, before sending anything', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderForm();
    add('deltoid', 'deltoid');
    fireEvent.click(screen.getByRole('button', { name: 'Save EMG study' }));
    expect(fetch).not.toHaveBeenCalled();
    const normal = screen.getByLabelText('Examined and normal, deltoid (right)');
    expect(normal.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(normal.getAttribute('aria-describedby') ?? '')?.textContent).toContain(
      'tick Normal, or the findings',
    );
  });
  it("puts the API's error at the row's control it names (data.muscles[1].side)", async () => {
    const body = {
      code: 'validation_failed',
      message: 'the request is not valid',
      issues: [{ in: 'body', path: 'data.muscles[1].side', message: 'must be left, right or midline' }],
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify(body), { status: 400, headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    renderForm();
    add('deltoid', 'deltoid');
    fireEvent.click(screen.getByLabelText('Examined and normal, deltoid (right)'));
    add('soleus', 'soleus');
    fireEvent.click(screen.getByLabelText('Examined and normal, soleus (right)'));
    fireEvent.click(screen.getByRole('button', { name: 'Save EMG study' }));
    const side = screen.getByLabelText('Side, soleus');
    await waitFor(() => expect(side.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(side.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'must be left, right or midline',
    );
    expect(screen.getByLabelText('Side, deltoid').getAttribute('aria-invalid')).toBeNull();
    // Claimed by its field, so no form-level message repeats it.
    expect(document.querySelector('.form-error')).toBeNull();
  });
});
