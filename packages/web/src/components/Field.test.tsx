// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/client';
import { Field, fieldError, formError } from './Field';

afterEach(cleanup);

describe('Field', () => {
  it('shows the API error at its field, tied to the input for screen readers', () => {
    const error = new ApiRequestError(
      400,
      {
        code: 'validation_failed',
        message: 'invalid',
        issues: [{ in: 'body', path: 'birthDate', message: 'must be a real calendar date' }],
      },
      'x',
    );
    render(<Field label="Date of birth" error={fieldError(error, 'birthDate')} />);
    const input = screen.getByLabelText('Date of birth');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = input.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('must be a real calendar date');
    expect(formError(error, ['birthDate'])).toBeUndefined();
    expect(formError(error, [])).toContain('birthDate: must be a real calendar date');
  });
});
