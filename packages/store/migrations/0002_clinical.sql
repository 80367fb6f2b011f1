-- Patients and every fact of the engine's case model (packages/engine/src/facts/index.ts).
--
-- Every fact table carries the same bookkeeping: who recorded it and when, its version (a stale
-- write is refused, never merged), the visit it was recorded at (of the same patient), and its
-- retraction (facts are corrected or retracted with a reason, never deleted). The version a
-- correction replaces is kept whole in fact_revision. Ranges and vocabularies repeat the case
-- contracts (packages/contracts/src/case) so that the database refuses what the API refuses.
-- A nested object of the case model (history.progression, exam.other, emg.ncs) is stored as
-- prefixed columns with a `<name>_recorded` column saying the object was given (even empty).

CREATE TABLE patient (
  id uuid PRIMARY KEY,
  -- A random research id, not derived from any identifier (HIPAA §164.514(c)).
  research_id uuid NOT NULL UNIQUE,
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  family_name text CHECK (length(family_name) BETWEEN 1 AND 200),
  given_name text CHECK (length(given_name) BETWEEN 1 AND 200),
  sex text CHECK (sex IN ('male', 'female', 'other', 'unknown')),
  birth_date date CHECK (birth_date BETWEEN '1800-01-01' AND '2300-12-31'),
  height_cm double precision CHECK (height_cm BETWEEN 50 AND 250),
  premorbid_weight_kg double precision CHECK (premorbid_weight_kg BETWEEN 10 AND 400),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid NOT NULL REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid NOT NULL REFERENCES app_user (id),
  change_reason text CHECK (length(change_reason) BETWEEN 1 AND 2000)
);
CREATE INDEX patient_family_name ON patient (lower(family_name), lower(given_name));
CREATE INDEX patient_created_at ON patient (created_at);

-- The version a correction (or a retraction) replaced, whole, with who replaced it and when.
-- Append-only, like the audit log.
CREATE TABLE fact_revision (
  id bigserial PRIMARY KEY,
  kind text NOT NULL CHECK (length(kind) BETWEEN 1 AND 100),
  fact_id uuid NOT NULL,
  patient_id uuid NOT NULL REFERENCES patient (id),
  version integer NOT NULL CHECK (version >= 1),
  -- The row (and its child rows) as they were at `version`.
  snapshot jsonb NOT NULL,
  replaced_at timestamptz NOT NULL DEFAULT now(),
  replaced_by uuid NOT NULL REFERENCES app_user (id),
  UNIQUE (kind, fact_id, version)
);
CREATE INDEX fact_revision_patient ON fact_revision (patient_id);
CREATE TRIGGER fact_revision_append_only BEFORE UPDATE OR DELETE ON fact_revision
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER fact_revision_no_truncate BEFORE TRUNCATE ON fact_revision
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- visit
CREATE TABLE visit (
  id uuid PRIMARY KEY,
  patient_id uuid NOT NULL REFERENCES patient (id),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  recorded_by uuid NOT NULL REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid NOT NULL REFERENCES app_user (id),
  change_reason text CHECK (length(change_reason) BETWEEN 1 AND 2000),
  retracted_at timestamptz,
  retracted_by uuid REFERENCES app_user (id),
  retract_reason text CHECK (length(retract_reason) BETWEEN 1 AND 2000),
  CONSTRAINT visit_retraction_whole CHECK (
    (retracted_at IS NULL) = (retracted_by IS NULL) AND (retracted_at IS NULL) = (retract_reason IS NULL)
  ),
  date date NOT NULL CHECK (date BETWEEN '1800-01-01' AND '2300-12-31'),
  kind text CHECK (kind IN ('clinic', 'telephone', 'video', 'home', 'ward', 'other')),
  clinician text CHECK (length(clinician) <= 20000),
  note text CHECK (length(note) <= 20000),
  UNIQUE (id, patient_id)
);
CREATE INDEX visit_patient ON visit (patient_id, date);

-- identifier
CREATE TABLE patient_identifier (
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
  CONSTRAINT patient_identifier_retraction_whole CHECK (
    (retracted_at IS NULL) = (retracted_by IS NULL) AND (retracted_at IS NULL) = (retract_reason IS NULL)
  ),
  system text NOT NULL CHECK (length(system) BETWEEN 1 AND 200),
  value text NOT NULL CHECK (length(value) BETWEEN 1 AND 1000),
  FOREIGN KEY (visit_id, patient_id) REFERENCES visit (id, patient_id)
);
CREATE INDEX patient_identifier_patient ON patient_identifier (patient_id);

-- history (PatientCase.history)
CREATE TABLE history (
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
  CONSTRAINT history_retraction_whole CHECK (
    (retracted_at IS NULL) = (retracted_by IS NULL) AND (retracted_at IS NULL) = (retract_reason IS NULL)
  ),
  onset_date date CHECK (onset_date BETWEEN '1800-01-01' AND '2300-12-31'),
  onset_site text CHECK (onset_site IN ('bulbar', 'cervical', 'thoracic', 'lumbosacral', 'respiratory', 'generalised', 'cognitive')),
  onset_side text CHECK (onset_side IN ('left', 'right', 'midline')),
  diagnosis_date date CHECK (diagnosis_date BETWEEN '1800-01-01' AND '2300-12-31'),
  progression_recorded boolean CHECK (progression_recorded),
  progression_documented boolean,
  progression_by text CHECK (progression_by IN ('history', 'examination', 'electrophysiology')),
  progression_preceded_by_normal_function boolean,
  progression_note text CHECK (length(progression_note) <= 20000),
  family_history_recorded boolean CHECK (family_history_recorded),
  family_history_als boolean,
  family_history_ftd boolean,
  family_history_relatives text CHECK (length(family_history_relatives) <= 20000),
  ftd boolean,
  prior_polio boolean,
  prior_radiotherapy boolean,
  bariatric_surgery boolean,
  heavy_metal_exposure boolean,
  ancestry text CHECK (length(ancestry) <= 20000),
  -- progression is optional, but when recorded says whether it is documented (facts model).
  CONSTRAINT history_progression_documented CHECK ((progression_recorded IS NULL) = (progression_documented IS NULL)),
  -- ALS is diagnosed on its signs: a diagnosis before onset cannot be right (contracts date-order).
  CONSTRAINT history_diagnosis_date_after_onset_date CHECK (diagnosis_date >= onset_date),
  FOREIGN KEY (visit_id, patient_id) REFERENCES visit (id, patient_id)
);
CREATE INDEX history_patient ON history (patient_id);
CREATE UNIQUE INDEX history_one_live ON history (patient_id) WHERE retracted_at IS NULL;

-- exam (PatientCase.exams)
CREATE TABLE exam (
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
  CONSTRAINT exam_retraction_whole CHECK (
    (retracted_at IS NULL) = (retracted_by IS NULL) AND (retracted_at IS NULL) = (retract_reason IS NULL)
  ),
  date date NOT NULL CHECK (date BETWEEN '1800-01-01' AND '2300-12-31'),
  examiner text CHECK (length(examiner) <= 20000),
  other_recorded boolean CHECK (other_recorded),
  other_objective_sensory_loss boolean,
  other_sensory_level boolean,
  other_ocular_motility_abnormal boolean,
  other_ptosis boolean,
  other_fatigable_weakness boolean,
  other_sphincter_dysfunction boolean,
  other_cerebellar_signs boolean,
  other_extrapyramidal_signs boolean,
  other_autonomic_features boolean,
  other_gynaecomastia boolean,
  other_perioral_fasciculations boolean,
  other_postural_tremor boolean,
  other_finger_flexor_quadriceps_weakness boolean,
  other_head_drop boolean,
  other_split_hand boolean,
  other_isolated_dysphagia boolean,
  other_hemiparesis boolean,
  other_neck_or_radicular_pain boolean,
  other_cognitive_or_behavioural_change boolean,
  FOREIGN KEY (visit_id, patient_id) REFERENCES visit (id, patient_id)
);
CREATE INDEX exam_patient ON exam (patient_id, date);
CREATE TABLE exam_region (
  exam_id uuid NOT NULL REFERENCES exam (id),
  exam_version integer NOT NULL CHECK (exam_version >= 1),
  ordinal integer NOT NULL CHECK (ordinal >= 0),
  region text NOT NULL CHECK (region IN ('bulbar', 'cervical', 'thoracic', 'lumbosacral')),
  side text NOT NULL CHECK (side IN ('left', 'right', 'midline')),
  umn_signs text[] CHECK (array_position(umn_signs, NULL) IS NULL AND umn_signs <@ ARRAY['hyperreflexia', 'reflexPreservedInWastedMuscle', 'reflexSpread', 'hoffmann', 'babinski', 'crossedAdductor', 'clonus', 'spasticity', 'slowedMovement', 'jawJerk', 'snout', 'exaggeratedGag', 'spasticDysarthria', 'slowTongueMovement', 'pseudobulbarAffect', 'lostAbdominalReflexes', 'pathologicalTrunkReflexes']::text[]),
  weakness boolean,
  weakness_lmn_type boolean,
  wasting boolean,
  fasciculations boolean,
  note text CHECK (length(note) <= 20000),
  PRIMARY KEY (exam_id, exam_version, ordinal)
);

-- emgStudy (PatientCase.emg)
CREATE TABLE emg_study (
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
  CONSTRAINT emg_study_retraction_whole CHECK (
    (retracted_at IS NULL) = (retracted_by IS NULL) AND (retracted_at IS NULL) = (retract_reason IS NULL)
  ),
  date date NOT NULL CHECK (date BETWEEN '1800-01-01' AND '2300-12-31'),
  ncs_recorded boolean CHECK (ncs_recorded),
  ncs_sensory_abnormal boolean,
  ncs_sensory_abnormal_explained boolean,
  ncs_motor_conduction_block boolean,
  ncs_demyelinating_slowing boolean,
  ncs_low_cmap boolean,
  ncs_rns_decrement boolean,
  ncs_rns_increment boolean,
  note text CHECK (length(note) <= 20000),
  FOREIGN KEY (visit_id, patient_id) REFERENCES visit (id, patient_id)
);
CREATE INDEX emg_study_patient ON emg_study (patient_id, date);
CREATE TABLE emg_muscle (
  emg_study_id uuid NOT NULL REFERENCES emg_study (id),
  emg_study_version integer NOT NULL CHECK (emg_study_version >= 1),
  ordinal integer NOT NULL CHECK (ordinal >= 0),
  muscle text NOT NULL CHECK (length(muscle) BETWEEN 1 AND 200),
  side text NOT NULL CHECK (side IN ('left', 'right', 'midline')),
  fibrillations boolean,
  positive_sharp_waves boolean,
  fasciculation_potentials text CHECK (fasciculation_potentials IN ('none', 'simple', 'complex')),
  fasciculations_unstable boolean,
  chronic_neurogenic_mups boolean,
  reduced_recruitment boolean,
  unstable_mups boolean,
  myopathic_mups boolean,
  thoracic_level integer CHECK (thoracic_level BETWEEN 1 AND 12),
  -- Brooks 2000: the level matters only for the thoracic paraspinals.
  CONSTRAINT emg_muscle_thoracic_level_only_paraspinal CHECK (thoracic_level IS NULL OR muscle = 'thoracicParaspinals'),
  PRIMARY KEY (emg_study_id, emg_study_version, ordinal)
);

-- investigation (PatientCase.investigations)
CREATE TABLE investigation (
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
  CONSTRAINT investigation_retraction_whole CHECK (
    (retracted_at IS NULL) = (retracted_by IS NULL) AND (retracted_at IS NULL) = (retract_reason IS NULL)
  ),
  code text NOT NULL CHECK (length(code) BETWEEN 1 AND 200),
  date date CHECK (date BETWEEN '1800-01-01' AND '2300-12-31'),
  result text NOT NULL CHECK (result IN ('normal', 'abnormal', 'pending', 'notDone')),
  value double precision,
  unit text CHECK (length(unit) <= 1000),
  note text CHECK (length(note) <= 20000),
  explains_presentation boolean,
  FOREIGN KEY (visit_id, patient_id) REFERENCES visit (id, patient_id)
);
CREATE INDEX investigation_patient ON investigation (patient_id, date);

-- geneticResult (PatientCase.genetics)
CREATE TABLE genetic_result (
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
  CONSTRAINT genetic_result_retraction_whole CHECK (
    (retracted_at IS NULL) = (retracted_by IS NULL) AND (retracted_at IS NULL) = (retract_reason IS NULL)
  ),
  gene text NOT NULL CHECK (length(gene) BETWEEN 1 AND 200),
  classification text NOT NULL CHECK (classification IN ('pathogenic', 'likelyPathogenic', 'vus', 'likelyBenign', 'benign', 'negative')),
  variant text CHECK (length(variant) <= 20000),
  date date CHECK (date BETWEEN '1800-01-01' AND '2300-12-31'),
  repeat_count integer CHECK (repeat_count BETWEEN 0 AND 10000),
  FOREIGN KEY (visit_id, patient_id) REFERENCES visit (id, patient_id)
);
CREATE INDEX genetic_result_patient ON genetic_result (patient_id, date);

-- alsfrsr (PatientCase.alsfrsr)
CREATE TABLE alsfrsr (
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
  CONSTRAINT alsfrsr_retraction_whole CHECK (
    (retracted_at IS NULL) = (retracted_by IS NULL) AND (retracted_at IS NULL) = (retract_reason IS NULL)
  ),
  date date NOT NULL CHECK (date BETWEEN '1800-01-01' AND '2300-12-31'),
  speech integer NOT NULL CHECK (speech BETWEEN 0 AND 4),
  salivation integer NOT NULL CHECK (salivation BETWEEN 0 AND 4),
  swallowing integer NOT NULL CHECK (swallowing BETWEEN 0 AND 4),
  handwriting integer NOT NULL CHECK (handwriting BETWEEN 0 AND 4),
  cutting_without_gastrostomy integer CHECK (cutting_without_gastrostomy BETWEEN 0 AND 4),
  cutting_with_gastrostomy integer CHECK (cutting_with_gastrostomy BETWEEN 0 AND 4),
  dressing integer NOT NULL CHECK (dressing BETWEEN 0 AND 4),
  turning_in_bed integer NOT NULL CHECK (turning_in_bed BETWEEN 0 AND 4),
  walking integer NOT NULL CHECK (walking BETWEEN 0 AND 4),
  climbing_stairs integer NOT NULL CHECK (climbing_stairs BETWEEN 0 AND 4),
  dyspnoea integer NOT NULL CHECK (dyspnoea BETWEEN 0 AND 4),
  orthopnoea integer NOT NULL CHECK (orthopnoea BETWEEN 0 AND 4),
  respiratory_insufficiency integer NOT NULL CHECK (respiratory_insufficiency BETWEEN 0 AND 4),
  administered_by text CHECK (administered_by IN ('clinician', 'self', 'phone', 'app')),
  responded_by text CHECK (responded_by IN ('patient', 'caregiver')),
  -- Cedarbaum 1999: item 5 is scored as 5a or 5b, exactly once.
  CONSTRAINT alsfrsr_item5_once CHECK ((cutting_without_gastrostomy IS NULL) <> (cutting_with_gastrostomy IS NULL)),
  FOREIGN KEY (visit_id, patient_id) REFERENCES visit (id, patient_id)
);
CREATE INDEX alsfrsr_patient ON alsfrsr (patient_id, date);

-- alsfrsOriginal (PatientCase.alsfrsOriginal)
CREATE TABLE alsfrs_original (
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
  CONSTRAINT alsfrs_original_retraction_whole CHECK (
    (retracted_at IS NULL) = (retracted_by IS NULL) AND (retracted_at IS NULL) = (retract_reason IS NULL)
  ),
  date date NOT NULL CHECK (date BETWEEN '1800-01-01' AND '2300-12-31'),
  speech integer NOT NULL CHECK (speech BETWEEN 0 AND 4),
  salivation integer NOT NULL CHECK (salivation BETWEEN 0 AND 4),
  swallowing integer NOT NULL CHECK (swallowing BETWEEN 0 AND 4),
  handwriting integer NOT NULL CHECK (handwriting BETWEEN 0 AND 4),
  cutting_without_gastrostomy integer CHECK (cutting_without_gastrostomy BETWEEN 0 AND 4),
  cutting_with_gastrostomy integer CHECK (cutting_with_gastrostomy BETWEEN 0 AND 4),
  dressing integer NOT NULL CHECK (dressing BETWEEN 0 AND 4),
  turning_in_bed integer NOT NULL CHECK (turning_in_bed BETWEEN 0 AND 4),
  walking integer NOT NULL CHECK (walking BETWEEN 0 AND 4),
  climbing_stairs integer NOT NULL CHECK (climbing_stairs BETWEEN 0 AND 4),
  respiratory integer NOT NULL CHECK (respiratory BETWEEN 0 AND 4),
  administered_by text CHECK (administered_by IN ('clinician', 'self', 'phone', 'app')),
  -- Imported original-ALSFRS rows may lack item 5, never carry both halves.
  CONSTRAINT alsfrs_original_item5_at_most_once CHECK (cutting_without_gastrostomy IS NULL OR cutting_with_gastrostomy IS NULL),
  FOREIGN KEY (visit_id, patient_id) REFERENCES visit (id, patient_id)
);
CREATE INDEX alsfrs_original_patient ON alsfrs_original (patient_id, date);

-- vitalCapacity (PatientCase.vitalCapacity)
CREATE TABLE vital_capacity (
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
  CONSTRAINT vital_capacity_retraction_whole CHECK (
    (retracted_at IS NULL) = (retracted_by IS NULL) AND (retracted_at IS NULL) = (retract_reason IS NULL)
  ),
  date date NOT NULL CHECK (date BETWEEN '1800-01-01' AND '2300-12-31'),
  kind text NOT NULL CHECK (kind IN ('FVC', 'SVC')),
  posture text NOT NULL CHECK (posture IN ('sitting', 'supine', 'standing')),
  percent_predicted double precision NOT NULL CHECK (percent_predicted BETWEEN 0 AND 200),
  litres double precision CHECK (litres BETWEEN 0 AND 10),
  reliable boolean,
  FOREIGN KEY (visit_id, patient_id) REFERENCES visit (id, patient_id)
);
CREATE INDEX vital_capacity_patient ON vital_capacity (patient_id, date);

-- respiratoryTest (PatientCase.respiratory)
CREATE TABLE respiratory_test (
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
  CONSTRAINT respiratory_test_retraction_whole CHECK (
    (retracted_at IS NULL) = (retracted_by IS NULL) AND (retracted_at IS NULL) = (retract_reason IS NULL)
  ),
  date date NOT NULL CHECK (date BETWEEN '1800-01-01' AND '2300-12-31'),
  snip_cmh2o double precision CHECK (snip_cmh2o BETWEEN 0 AND 250),
  mip_cmh2o double precision CHECK (mip_cmh2o BETWEEN 0 AND 250),
  mep_cmh2o double precision CHECK (mep_cmh2o BETWEEN 0 AND 350),
  peak_cough_flow_l_per_min double precision CHECK (peak_cough_flow_l_per_min BETWEEN 0 AND 1000),
  nocturnal_spo2_at88_minutes double precision CHECK (nocturnal_spo2_at88_minutes BETWEEN 0 AND 1440),
  paco2_mmhg double precision CHECK (paco2_mmhg BETWEEN 10 AND 150),
  spo2_percent double precision CHECK (spo2_percent BETWEEN 0 AND 100),
  FOREIGN KEY (visit_id, patient_id) REFERENCES visit (id, patient_id)
);
CREATE INDEX respiratory_test_patient ON respiratory_test (patient_id, date);

-- weight (PatientCase.weights)
CREATE TABLE weight (
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
  CONSTRAINT weight_retraction_whole CHECK (
    (retracted_at IS NULL) = (retracted_by IS NULL) AND (retracted_at IS NULL) = (retract_reason IS NULL)
  ),
  date date NOT NULL CHECK (date BETWEEN '1800-01-01' AND '2300-12-31'),
  weight_kg double precision NOT NULL CHECK (weight_kg BETWEEN 10 AND 400),
  FOREIGN KEY (visit_id, patient_id) REFERENCES visit (id, patient_id)
);
CREATE INDEX weight_patient ON weight (patient_id, date);

-- symptom (PatientCase.symptoms)
CREATE TABLE symptom_report (
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
  CONSTRAINT symptom_report_retraction_whole CHECK (
    (retracted_at IS NULL) = (retracted_by IS NULL) AND (retracted_at IS NULL) = (retract_reason IS NULL)
  ),
  date date NOT NULL CHECK (date BETWEEN '1800-01-01' AND '2300-12-31'),
  symptom text NOT NULL CHECK (symptom IN ('sialorrhoea', 'thickSecretions', 'pseudobulbarAffect', 'spasticity', 'cramps', 'fasciculations', 'pain', 'depression', 'anxiety', 'insomnia', 'fatigue', 'constipation', 'laryngospasm', 'falls', 'orthopnoea', 'dyspnoea', 'morningHeadache', 'daytimeSleepiness', 'weakCough', 'recurrentChestInfections', 'dysphagia', 'choking', 'longMeals', 'caregiverStrain', 'fever', 'cough', 'backPain', 'headache', 'visualBlurring', 'numbness', 'bladderOrBowelChange')),
  severity text CHECK (severity IN ('mild', 'moderate', 'severe')),
  note text CHECK (length(note) <= 20000),
  FOREIGN KEY (visit_id, patient_id) REFERENCES visit (id, patient_id)
);
CREATE INDEX symptom_report_patient ON symptom_report (patient_id, date);

-- screening (PatientCase.screenings)
CREATE TABLE screening (
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
  CONSTRAINT screening_retraction_whole CHECK (
    (retracted_at IS NULL) = (retracted_by IS NULL) AND (retracted_at IS NULL) = (retract_reason IS NULL)
  ),
  date date NOT NULL CHECK (date BETWEEN '1800-01-01' AND '2300-12-31'),
  instrument text NOT NULL CHECK (length(instrument) BETWEEN 1 AND 200),
  score double precision NOT NULL CHECK (score >= 0),
  abnormal boolean,
  FOREIGN KEY (visit_id, patient_id) REFERENCES visit (id, patient_id)
);
CREATE INDEX screening_patient ON screening (patient_id, date);

-- lab (PatientCase.labs)
CREATE TABLE lab_result (
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
  CONSTRAINT lab_result_retraction_whole CHECK (
    (retracted_at IS NULL) = (retracted_by IS NULL) AND (retracted_at IS NULL) = (retract_reason IS NULL)
  ),
  date date NOT NULL CHECK (date BETWEEN '1800-01-01' AND '2300-12-31'),
  test text NOT NULL CHECK (length(test) BETWEEN 1 AND 200),
  value double precision NOT NULL,
  unit text CHECK (length(unit) <= 1000),
  upper_limit_of_normal double precision CHECK (upper_limit_of_normal > 0),
  FOREIGN KEY (visit_id, patient_id) REFERENCES visit (id, patient_id)
);
CREATE INDEX lab_result_patient ON lab_result (patient_id, date);

-- medication (PatientCase.medications)
CREATE TABLE medication (
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
  CONSTRAINT medication_retraction_whole CHECK (
    (retracted_at IS NULL) = (retracted_by IS NULL) AND (retracted_at IS NULL) = (retract_reason IS NULL)
  ),
  drug text NOT NULL CHECK (length(drug) BETWEEN 1 AND 200),
  start_date date CHECK (start_date BETWEEN '1800-01-01' AND '2300-12-31'),
  stop_date date CHECK (stop_date BETWEEN '1800-01-01' AND '2300-12-31'),
  dose text CHECK (length(dose) <= 1000),
  route text CHECK (length(route) <= 1000),
  note text CHECK (length(note) <= 20000),
  CONSTRAINT medication_stop_date_after_start_date CHECK (stop_date >= start_date),
  FOREIGN KEY (visit_id, patient_id) REFERENCES visit (id, patient_id)
);
CREATE INDEX medication_patient ON medication (patient_id, start_date);

-- allergy (PatientCase.allergies)
CREATE TABLE allergy (
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
  CONSTRAINT allergy_retraction_whole CHECK (
    (retracted_at IS NULL) = (retracted_by IS NULL) AND (retracted_at IS NULL) = (retract_reason IS NULL)
  ),
  substance text NOT NULL CHECK (length(substance) BETWEEN 1 AND 1000),
  reaction text CHECK (reaction IN ('anaphylaxis', 'hypersensitivity', 'intolerance')),
  FOREIGN KEY (visit_id, patient_id) REFERENCES visit (id, patient_id)
);
CREATE INDEX allergy_patient ON allergy (patient_id);

-- intervention (PatientCase.interventions)
CREATE TABLE intervention (
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
  CONSTRAINT intervention_retraction_whole CHECK (
    (retracted_at IS NULL) = (retracted_by IS NULL) AND (retracted_at IS NULL) = (retract_reason IS NULL)
  ),
  kind text NOT NULL CHECK (kind IN ('niv', 'gastrostomy', 'tracheostomy', 'coughAssist', 'invasiveVentilation', 'aac', 'wheelchair')),
  start_date date NOT NULL CHECK (start_date BETWEEN '1800-01-01' AND '2300-12-31'),
  stop_date date CHECK (stop_date BETWEEN '1800-01-01' AND '2300-12-31'),
  hours_per_day double precision CHECK (hours_per_day BETWEEN 0 AND 24),
  note text CHECK (length(note) <= 20000),
  CONSTRAINT intervention_stop_date_after_start_date CHECK (stop_date >= start_date),
  FOREIGN KEY (visit_id, patient_id) REFERENCES visit (id, patient_id)
);
CREATE INDEX intervention_patient ON intervention (patient_id, start_date);

-- careDecision (PatientCase.careDecisions)
CREATE TABLE care_decision (
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
  CONSTRAINT care_decision_retraction_whole CHECK (
    (retracted_at IS NULL) = (retracted_by IS NULL) AND (retracted_at IS NULL) = (retract_reason IS NULL)
  ),
  code text NOT NULL CHECK (length(code) BETWEEN 1 AND 200),
  status text NOT NULL CHECK (status IN ('accepted', 'declined', 'deferred', 'contraindicated', 'done')),
  date date NOT NULL CHECK (date BETWEEN '1800-01-01' AND '2300-12-31'),
  reason text CHECK (length(reason) <= 20000),
  until date CHECK (until BETWEEN '1800-01-01' AND '2300-12-31'),
  trigger_value double precision,
  CONSTRAINT care_decision_until_after_date CHECK (until >= date),
  FOREIGN KEY (visit_id, patient_id) REFERENCES visit (id, patient_id)
);
CREATE INDEX care_decision_patient ON care_decision (patient_id, date);

-- advanceCarePlan (PatientCase.advanceCarePlans)
CREATE TABLE advance_care_plan (
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
  CONSTRAINT advance_care_plan_retraction_whole CHECK (
    (retracted_at IS NULL) = (retracted_by IS NULL) AND (retracted_at IS NULL) = (retract_reason IS NULL)
  ),
  date date NOT NULL CHECK (date BETWEEN '1800-01-01' AND '2300-12-31'),
  topics text[] CHECK (array_position(topics, NULL) IS NULL AND '' <> ALL (topics)),
  FOREIGN KEY (visit_id, patient_id) REFERENCES visit (id, patient_id)
);
CREATE INDEX advance_care_plan_patient ON advance_care_plan (patient_id, date);

-- endpoints (PatientCase.endpoints)
CREATE TABLE endpoints (
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
  CONSTRAINT endpoints_retraction_whole CHECK (
    (retracted_at IS NULL) = (retracted_by IS NULL) AND (retracted_at IS NULL) = (retract_reason IS NULL)
  ),
  death_date date CHECK (death_date BETWEEN '1800-01-01' AND '2300-12-31'),
  tracheostomy_date date CHECK (tracheostomy_date BETWEEN '1800-01-01' AND '2300-12-31'),
  niv_over23h_date date CHECK (niv_over23h_date BETWEEN '1800-01-01' AND '2300-12-31'),
  FOREIGN KEY (visit_id, patient_id) REFERENCES visit (id, patient_id)
);
CREATE INDEX endpoints_patient ON endpoints (patient_id);
CREATE UNIQUE INDEX endpoints_one_live ON endpoints (patient_id) WHERE retracted_at IS NULL;
