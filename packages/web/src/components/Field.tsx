/**
 * A labelled form control with its error beside it: every API error appears at the field it
 * concerns (`issues[].path`), announced to screen readers through aria-describedby.
 */
import { type InputHTMLAttributes, type ReactNode, useId } from 'react';
import { ApiRequestError } from '../api/client';

/** The API's message for one field of a failed request, if any. */
export function fieldError(error: unknown, ...paths: string[]): string | undefined {
  if (!(error instanceof ApiRequestError)) return undefined;
  for (const path of paths) {
    const message = error.issueAt(path);
    if (message) return message;
  }
  return undefined;
}

/** The message for the whole request, when no field claims it. */
export function formError(error: unknown, claimed: readonly string[] = []): string | undefined {
  if (!error) return undefined;
  if (error instanceof ApiRequestError) {
    const unclaimed = error.issues.filter((issue) => !claimed.includes(issue.path));
    if (error.issues.length > 0 && unclaimed.length === 0) return undefined;
    const detail = unclaimed.map((issue) => `${issue.path || 'request'}: ${issue.message}`).join('; ');
    return detail ? `${error.message} (${detail})` : error.message;
  }
  return (error as Error).message ?? String(error);
}

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  unit?: string;
}

export function Field({ label, error, hint, unit, id, className, ...input }: FieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const describedBy = [error ? `${inputId}-error` : null, hint ? `${inputId}-hint` : null].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={inputId}>{label}</label>
      <span className="field-control">
        <input
          id={inputId}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          {...input}
        />
        {unit && <span className="unit">{unit}</span>}
      </span>
      {hint && (
        <span id={`${inputId}-hint`} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${inputId}-error`} className="error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

export function FormError({ error }: { error: string | undefined }) {
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {error}
    </p>
  );
}
