/**
 * The drug of a medication: free text with a type-ahead from the engine's drug table
 * (facts/drugs.ts), as buttons reachable by mouse or keyboard. Picking a suggestion records its code; text typed by hand is kept as written and
 * recognised when it names one drug ('Rilutek 50 mg' is riluzole). Text that names none is still
 * allowed, marked "not recognised": the assessment will flag it, since no care rule can read it.
 */
import { type DrugCode, drugEntry, isDrugCode, recogniseDrug, searchDrugs } from '@betz/engine';
import { useId, useState } from 'react';
import { Field } from './Field';

export interface DrugPickerProps {
  label: string;
  /** The drug as written. */
  value: string;
  /** The code picked from the table (cleared when the text is edited by hand). */
  code?: string | undefined;
  onChange: (next: { drug: string; code?: DrugCode }) => void;
  error?: string | undefined;
}

/** The code the picker stands on: the one picked, else the one the text is recognised as. */
export function pickedOrRecognised(drug: string, code?: string): DrugCode | undefined {
  if (code !== undefined && isDrugCode(code)) return code;
  return recogniseDrug(drug)?.code;
}

export function DrugPicker({ label, value, code, onChange, error }: DrugPickerProps) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const known = pickedOrRecognised(value, code);
  const suggestions = open && value.trim().length > 0 && !(code && known) ? searchDrugs(value, 6) : [];
  return (
    <fieldset
      className="drug-picker"
      // Close the suggestions when focus leaves the picker (not when it moves to a suggestion).
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <Field
        label={label}
        value={value}
        onChange={(e) => {
          onChange({ drug: e.target.value });
          setOpen(true);
        }}
        error={error}
        placeholder="e.g. riluzole"
        autoComplete="off"
        aria-controls={suggestions.length > 0 ? listId : undefined}
        hint={
          value.trim() === '' ? undefined : known ? (
            <span className="drug-status">recognised: {drugEntry(known).name}</span>
          ) : (
            <span className="drug-status drug-unrecognised">
              not recognised: kept as written; rules that depend on medications may be wrong
            </span>
          )
        }
      />
      {suggestions.length > 0 && (
        <div id={listId} className="drug-suggestions">
          {suggestions.map((s) => (
            <button
              key={s.code}
              type="button"
              onClick={() => {
                onChange({ drug: s.name, code: s.code });
                setOpen(false);
              }}
            >
              {s.name}
              {s.matched !== s.name ? <span className="muted"> ({s.matched})</span> : null}
            </button>
          ))}
        </div>
      )}
    </fieldset>
  );
}
