-- Referrals to other services (dietitian, speech and language therapy, respiratory, palliative
-- care, …): the clinic's record of a team recommendation being acted on, from request to the
-- first appointment. The engine does not read them (it reads care decisions); the clinic does.

CREATE TABLE referral (
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
  CONSTRAINT referral_retraction_whole CHECK (
    (retracted_at IS NULL) = (retracted_by IS NULL) AND (retracted_at IS NULL) = (retract_reason IS NULL)
  ),
  date date NOT NULL CHECK (date BETWEEN '1800-01-01' AND '2300-12-31'),
  service text NOT NULL CHECK (length(service) BETWEEN 1 AND 200),
  status text CHECK (status IN ('requested', 'accepted', 'seen', 'declined', 'cancelled')),
  care_code text CHECK (length(care_code) BETWEEN 1 AND 200),
  seen_date date CHECK (seen_date BETWEEN '1800-01-01' AND '2300-12-31'),
  note text CHECK (length(note) <= 20000),
  CONSTRAINT referral_seen_date_after_date CHECK (seen_date >= date),
  FOREIGN KEY (visit_id, patient_id) REFERENCES visit (id, patient_id)
);
CREATE INDEX referral_patient ON referral (patient_id, date);
