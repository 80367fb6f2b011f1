// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { BodyMap, type BodyMapValue, bodyMapOf, regionExamsOf } from './BodyMap';

afterEach(cleanup);

/** The map with its state, reporting every value it produces. */
function Harness({ seen, initial = {} }: { seen: BodyMapValue[]; initial?: BodyMapValue }) {
  const [value, setValue] = useState<BodyMapValue>(initial);
  return (
    <BodyMap
      value={value}
      onChange={(next) => {
        seen.push(next);
        setValue(next);
      }}
    />
  );
}

const last = (seen: BodyMapValue[]) => regionExamsOf(seen.at(-1) ?? {});
const tick = (name: string) => fireEvent.click(screen.getByLabelText(name));

describe('BodyMap', () => {
  it('produces no entry for a region not examined', () => {
    const seen: BodyMapValue[] = [];
    render(<Harness seen={seen} />);
    expect(regionExamsOf({})).toEqual([]);
    expect(screen.getAllByText('not examined')).toHaveLength(7);
  });

  it('ticks UMN and LMN signs per region and side into exam entries', () => {
    const seen: BodyMapValue[] = [];
    render(<Harness seen={seen} />);
    tick('Cervical (arms) right: Hoffmann sign');
    tick('Cervical (arms) right: wasting');
    tick('Lumbosacral (legs) left: Babinski sign');
    tick('Bulbar midline: brisk jaw jerk');
    expect(last(seen)).toEqual([
      { region: 'bulbar', side: 'midline', umnSigns: ['jawJerk'] },
      { region: 'cervical', side: 'right', umnSigns: ['hoffmann'], wasting: true },
      { region: 'lumbosacral', side: 'left', umnSigns: ['babinski'] },
    ]);
    tick('Cervical (arms) right: Hoffmann sign');
    expect(last(seen)[1]).toEqual({ region: 'cervical', side: 'right', wasting: true });
  });

  it('keeps "examined and normal" apart from "not examined", and a finding clears normal', () => {
    const seen: BodyMapValue[] = [];
    render(<Harness seen={seen} />);
    tick('Thoracic left: examined, normal');
    expect(last(seen)).toEqual([{ region: 'thoracic', side: 'left', normal: true }]);
    tick('Thoracic left: lost abdominal reflexes');
    expect(last(seen)).toEqual([{ region: 'thoracic', side: 'left', umnSigns: ['lostAbdominalReflexes'] }]);
    expect(screen.getByLabelText<HTMLInputElement>('Thoracic left: examined, normal').disabled).toBe(true);
    tick('Thoracic left: lost abdominal reflexes');
    // Unticking the last finding leaves the column not examined, not normal.
    expect(last(seen)).toEqual([]);
  });

  it('marks the rest examined and normal', () => {
    const seen: BodyMapValue[] = [];
    render(<Harness seen={seen} />);
    tick('Cervical (arms) left: weakness');
    fireEvent.click(screen.getByRole('button', { name: 'Mark the rest examined and normal' }));
    const entries = last(seen);
    expect(entries).toHaveLength(7);
    expect(entries.filter((e) => e.normal === true)).toHaveLength(6);
    expect(entries.find((e) => e.region === 'cervical' && e.side === 'left')).toEqual({
      region: 'cervical',
      side: 'left',
      weakness: true,
    });
  });

  it('weakness of LMN type is weakness; clearing weakness clears its type', () => {
    const seen: BodyMapValue[] = [];
    render(<Harness seen={seen} />);
    tick('Lumbosacral (legs) right: weakness of LMN type');
    expect(last(seen)).toEqual([{ region: 'lumbosacral', side: 'right', weakness: true, weaknessLmnType: true }]);
    tick('Lumbosacral (legs) right: weakness');
    expect(last(seen)).toEqual([]);
  });

  it('only offers the UMN signs that belong to a region (no Babinski in the arms)', () => {
    render(<Harness seen={[]} />);
    expect(screen.queryByLabelText('Cervical (arms) left: Babinski sign')).toBeNull();
    expect(screen.getByLabelText('Lumbosacral (legs) left: Babinski sign')).toBeTruthy();
  });

  it('arrow keys move between boxes across regions', () => {
    render(<Harness seen={[]} />);
    const start = screen.getByLabelText('Cervical (arms) left: weakness');
    start.focus();
    fireEvent.keyDown(start, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(screen.getByLabelText('Cervical (arms) right: weakness'));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(screen.getByLabelText('Thoracic left: weakness'));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByLabelText('Thoracic left: weakness of LMN type'));
  });

  it('round-trips stored entries', () => {
    const entries = [
      { region: 'bulbar' as const, side: 'midline' as const, normal: true },
      {
        region: 'cervical' as const,
        side: 'left' as const,
        umnSigns: ['hyperreflexia' as const],
        fasciculations: true,
      },
    ];
    expect(regionExamsOf(bodyMapOf(entries))).toEqual(entries);
  });
});
