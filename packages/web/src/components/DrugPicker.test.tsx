// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { DrugPicker } from './DrugPicker';

afterEach(cleanup);

/** The picker with its own state, reporting what the form would store. */
function Harness({ seen }: { seen: { drug: string; code?: string }[] }) {
  const [value, setValue] = useState<{ drug: string; code?: string }>({ drug: '' });
  return (
    <DrugPicker
      label="Started drug 1"
      value={value.drug}
      code={value.code}
      onChange={(next) => {
        seen.push(next);
        setValue(next);
      }}
    />
  );
}

describe('DrugPicker', () => {
  it('suggests drugs of the table as one types, by generic or brand name, and picking one records its code', () => {
    const seen: { drug: string; code?: string }[] = [];
    render(<Harness seen={seen} />);
    const input = screen.getByLabelText('Started drug 1');
    fireEvent.change(input, { target: { value: 'qals' } });
    const option = screen.getByRole('button', { name: /tofersen/ });
    expect(option.textContent).toContain('Qalsody');
    fireEvent.click(option);
    expect(seen.at(-1)).toEqual({ drug: 'tofersen', code: 'tofersen' });
    expect((input as HTMLInputElement).value).toBe('tofersen');
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('recognised: tofersen')).toBeTruthy();
  });

  it('recognises typed text with a strength, without a pick', () => {
    render(<Harness seen={[]} />);
    fireEvent.change(screen.getByLabelText('Started drug 1'), { target: { value: 'Rilutek 50 mg' } });
    expect(screen.getByText('recognised: riluzole')).toBeTruthy();
  });

  it('allows free text it does not know, marked not recognised, and editing drops an earlier pick', () => {
    const seen: { drug: string; code?: string }[] = [];
    render(<Harness seen={seen} />);
    const input = screen.getByLabelText('Started drug 1');
    fireEvent.change(input, { target: { value: 'rilu' } });
    fireEvent.click(screen.getByRole('button', { name: /riluzole/ }));
    fireEvent.change(input, { target: { value: 'riluzole xyz' } });
    expect(seen.at(-1)).toEqual({ drug: 'riluzole xyz' });
    expect(screen.getByText(/not recognised: kept as written/)).toBeTruthy();
    expect(input.getAttribute('aria-describedby')).toBeTruthy();
  });
});
