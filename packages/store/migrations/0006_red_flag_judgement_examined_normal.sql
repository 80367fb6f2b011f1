-- Issue 8. A red flag keeps "other diseases excluded" open until a clinician judges it (explained or
-- not explained, by whom, when), or until its separating test settles it: red_flag_judgement.
-- "Examined and normal" differs from "not examined" for a region, a muscle and nerve conduction:
-- the `normal` columns (TRUE: examined, nothing found; a row that is absent: not examined).

-- redFlagJudgement (PatientCase.redFlagJudgements)
CREATE TABLE red_flag_judgement (
  id uuid PRIMARY KEY,
  patient_id uuid NOT NULL REFERENCES patient (id),
  visit_id uuid,
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  recorded_by uuid NOT NULL REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid NOT NULL REFERENCES app_user (id),
  change_reason text CHECK (length(change_reason) BETWEEN 1 AND 2000),
  retracted_at timestamptz,
  retracted_by uuid REFERENCES app_user (id),
  retract_reason text CHECK (length(retract_reason) BETWEEN 1 AND 2000),
  CONSTRAINT red_flag_judgement_retraction_whole CHECK (
    (retracted_at IS NULL) = (retracted_by IS NULL) AND (retracted_at IS NULL) = (retract_reason IS NULL)
  ),
  date date NOT NULL CHECK (date BETWEEN '1800-01-01' AND '2300-12-31'),
  code text NOT NULL CHECK (length(code) BETWEEN 1 AND 200),
  judgement text NOT NULL CHECK (judgement IN ('explained', 'notExplained')),
  judged_by text NOT NULL CHECK (length(judged_by) BETWEEN 1 AND 1000),
  note text CHECK (length(note) <= 20000),
  FOREIGN KEY (visit_id, patient_id) REFERENCES visit (id, patient_id)
);
CREATE INDEX red_flag_judgement_patient ON red_flag_judgement (patient_id, date);

ALTER TABLE exam_region ADD COLUMN normal boolean;
ALTER TABLE emg_muscle ADD COLUMN normal boolean;
ALTER TABLE emg_study ADD COLUMN ncs_normal boolean;
