// @vitest-environment happy-dom
import type { AlsfrsrRecord } from '@betz/engine';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { type AlsfrsDraft, AlsfrsForm, EMPTY_ALSFRS, summariseAlsfrs } from './AlsfrsForm';

afterEach(cleanup);

const DATE = '2026-03-02';

function Harness({
  seen,
  initial = EMPTY_ALSFRS,
  previous,
}: {
  seen: AlsfrsDraft[];
  initial?: AlsfrsDraft;
  previous?: AlsfrsrRecord;
}) {
  const [value, setValue] = useState<AlsfrsDraft>(initial);
  return (
    <AlsfrsForm
      value={value}
      date={DATE}
      previous={previous}
      onChange={(next) => {
        seen.push(next);
        setValue(next);
      }}
    />
  );
}

/** The focused radio's item row. */
const focusedItem = () => (document.activeElement?.closest('[data-item]') as HTMLElement | null)?.dataset.item;
const radio = (label: RegExp) => screen.getByLabelText<HTMLInputElement>(label);

async function typeDigits(digits: string): Promise<void> {
  for (const d of digits) {
    const before = focusedItem();
    fireEvent.keyDown(document.activeElement as Element, { key: d });
    if (before !== 'respiratoryInsufficiency') await waitFor(() => expect(focusedItem()).not.toBe(before));
  }
}

describe('AlsfrsForm', () => {
  it('shows every item with its five anchors', () => {
    render(<Harness seen={[]} />);
    expect(screen.getAllByRole('radiogroup')).toHaveLength(12);
    expect(radio(/^8 Walking: 2, walks with assistance$/)).toBeTruthy();
    expect(screen.getAllByRole('radio')).toHaveLength(60);
  });

  it('a digit sets the focused item and moves focus to the next item', async () => {
    const seen: AlsfrsDraft[] = [];
    render(<Harness seen={seen} />);
    radio(/^1 Speech: 4,/).focus();
    fireEvent.keyDown(document.activeElement as Element, { key: '3' });
    expect(seen.at(-1)?.scores.speech).toBe(3);
    await waitFor(() => expect(focusedItem()).toBe('salivation'));
    expect(radio(/^1 Speech: 3,/).checked).toBe(true);
    // Digits outside 0-4 do nothing.
    fireEvent.keyDown(document.activeElement as Element, { key: '7' });
    expect(seen.at(-1)?.scores.salivation).toBeUndefined();
  });

  it('scores the whole form from the keyboard; total and subtotals follow', async () => {
    const seen: AlsfrsDraft[] = [];
    render(<Harness seen={seen} />);
    radio(/^1 Speech: 4,/).focus();
    await typeDigits('432143214321');
    const draft = seen.at(-1)!;
    const s = summariseAlsfrs(draft, DATE);
    expect(s.missing).toEqual([]);
    expect(s.record).toMatchObject({
      date: DATE,
      speech: 4,
      cuttingWithoutGastrostomy: 4,
      respiratoryInsufficiency: 1,
    });
    expect(s.total).toBe(30);
    expect(screen.getByLabelText('ALSFRS-R total').textContent).toBe('30');
    expect(screen.getByLabelText('Bulbar subtotal').textContent).toBe('9');
    expect(screen.getByLabelText('Fine motor subtotal').textContent).toBe('8');
    expect(screen.getByLabelText('Gross motor subtotal').textContent).toBe('7');
    expect(screen.getByTestId('alsfrs-missing').textContent).toBe('complete');
  });

  it('an incomplete form says which items are missing', () => {
    render(<Harness seen={[]} initial={{ gastrostomy: false, scores: { speech: 4, salivation: 4, walking: 2 } }} />);
    expect(screen.getByTestId('alsfrs-missing').textContent).toBe(
      'incomplete: items 3, 4, 5a, 6, 7, 9, 10, 11, 12 missing',
    );
    expect(screen.getByLabelText('ALSFRS-R total').textContent).toBe('10');
    expect(summariseAlsfrs({ gastrostomy: false, scores: { speech: 4 } }, DATE).record).toBeUndefined();
  });

  it('the gastrostomy box switches item 5 between 5a and 5b, and the record carries only one', () => {
    const seen: AlsfrsDraft[] = [];
    const full = {
      speech: 4,
      salivation: 4,
      swallowing: 2,
      handwriting: 3,
      cuttingWithoutGastrostomy: 3,
      dressing: 3,
      turningInBed: 4,
      walking: 4,
      climbingStairs: 4,
      dyspnoea: 4,
      orthopnoea: 4,
      respiratoryInsufficiency: 4,
    };
    render(<Harness seen={seen} initial={{ gastrostomy: false, scores: full }} />);
    expect(radio(/^5a Cutting food .*: 2,/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('gastrostomy (5b)'));
    expect(screen.queryByLabelText(/^5a /)).toBeNull();
    expect(radio(/^5b Cutting food .*: 2, needs some help with closures and fasteners$/)).toBeTruthy();
    // A 5a score is not carried to 5b (different anchors): item 5b is now missing.
    expect(screen.getByTestId('alsfrs-missing').textContent).toBe('incomplete: item 5b missing');
    fireEvent.click(radio(/^5b Cutting food .*: 1,/));
    const s = summariseAlsfrs(seen.at(-1)!, DATE);
    expect(s.record?.cuttingWithGastrostomy).toBe(1);
    expect(s.record && 'cuttingWithoutGastrostomy' in s.record).toBe(false);
    expect(s.total).toBe(41);
  });

  it('shows the last ALSFRS-R scores as hints', () => {
    const previous = {
      date: '2025-12-01',
      speech: 3,
      salivation: 4,
      swallowing: 4,
      handwriting: 2,
      cuttingWithoutGastrostomy: 3,
      dressing: 3,
      turningInBed: 4,
      walking: 3,
      climbingStairs: 3,
      dyspnoea: 4,
      orthopnoea: 4,
      respiratoryInsufficiency: 4,
    } satisfies AlsfrsrRecord;
    render(<Harness seen={[]} previous={previous} />);
    const speech = screen.getAllByRole('radiogroup')[0]!;
    expect(speech.textContent).toContain('last 3');
    expect(screen.getByText(/\(last 41\)/)).toBeTruthy();
  });
});
