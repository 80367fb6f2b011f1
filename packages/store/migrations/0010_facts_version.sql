-- Issue 11: a per-patient counter of fact writes, so a server can tell whether an assessment it
-- computed earlier still holds without reading the facts again, and every server process agrees
-- (the counter lives in the database, not in one process). Every INSERT, UPDATE or DELETE of a
-- fact row bumps its patient's `facts_version` in the same transaction, by statement-level
-- triggers (one UPDATE per statement, however many rows: a bulk import stays cheap). Child rows
-- (exam regions, EMG muscles) are written with their parent row, whose statement bumps. The
-- patient's own fields are versioned by `patient.version` as before.
ALTER TABLE patient ADD COLUMN facts_version bigint NOT NULL DEFAULT 0;

CREATE FUNCTION bump_facts_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE patient SET facts_version = facts_version + 1
  WHERE id IN (SELECT DISTINCT patient_id FROM changed_rows);
  RETURN NULL;
END
$$;

CREATE TRIGGER patient_identifier_facts_version_insert AFTER INSERT ON patient_identifier REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER patient_identifier_facts_version_update AFTER UPDATE ON patient_identifier REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER patient_identifier_facts_version_delete AFTER DELETE ON patient_identifier REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER visit_facts_version_insert AFTER INSERT ON visit REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER visit_facts_version_update AFTER UPDATE ON visit REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER visit_facts_version_delete AFTER DELETE ON visit REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER history_facts_version_insert AFTER INSERT ON history REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER history_facts_version_update AFTER UPDATE ON history REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER history_facts_version_delete AFTER DELETE ON history REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER exam_facts_version_insert AFTER INSERT ON exam REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER exam_facts_version_update AFTER UPDATE ON exam REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER exam_facts_version_delete AFTER DELETE ON exam REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER emg_study_facts_version_insert AFTER INSERT ON emg_study REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER emg_study_facts_version_update AFTER UPDATE ON emg_study REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER emg_study_facts_version_delete AFTER DELETE ON emg_study REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER investigation_facts_version_insert AFTER INSERT ON investigation REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER investigation_facts_version_update AFTER UPDATE ON investigation REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER investigation_facts_version_delete AFTER DELETE ON investigation REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER red_flag_judgement_facts_version_insert AFTER INSERT ON red_flag_judgement REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER red_flag_judgement_facts_version_update AFTER UPDATE ON red_flag_judgement REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER red_flag_judgement_facts_version_delete AFTER DELETE ON red_flag_judgement REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER genetic_result_facts_version_insert AFTER INSERT ON genetic_result REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER genetic_result_facts_version_update AFTER UPDATE ON genetic_result REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER genetic_result_facts_version_delete AFTER DELETE ON genetic_result REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER alsfrsr_facts_version_insert AFTER INSERT ON alsfrsr REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER alsfrsr_facts_version_update AFTER UPDATE ON alsfrsr REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER alsfrsr_facts_version_delete AFTER DELETE ON alsfrsr REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER alsfrs_original_facts_version_insert AFTER INSERT ON alsfrs_original REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER alsfrs_original_facts_version_update AFTER UPDATE ON alsfrs_original REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER alsfrs_original_facts_version_delete AFTER DELETE ON alsfrs_original REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER vital_capacity_facts_version_insert AFTER INSERT ON vital_capacity REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER vital_capacity_facts_version_update AFTER UPDATE ON vital_capacity REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER vital_capacity_facts_version_delete AFTER DELETE ON vital_capacity REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER respiratory_test_facts_version_insert AFTER INSERT ON respiratory_test REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER respiratory_test_facts_version_update AFTER UPDATE ON respiratory_test REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER respiratory_test_facts_version_delete AFTER DELETE ON respiratory_test REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER weight_facts_version_insert AFTER INSERT ON weight REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER weight_facts_version_update AFTER UPDATE ON weight REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER weight_facts_version_delete AFTER DELETE ON weight REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER symptom_report_facts_version_insert AFTER INSERT ON symptom_report REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER symptom_report_facts_version_update AFTER UPDATE ON symptom_report REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER symptom_report_facts_version_delete AFTER DELETE ON symptom_report REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER screening_facts_version_insert AFTER INSERT ON screening REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER screening_facts_version_update AFTER UPDATE ON screening REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER screening_facts_version_delete AFTER DELETE ON screening REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER lab_result_facts_version_insert AFTER INSERT ON lab_result REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER lab_result_facts_version_update AFTER UPDATE ON lab_result REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER lab_result_facts_version_delete AFTER DELETE ON lab_result REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER medication_facts_version_insert AFTER INSERT ON medication REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER medication_facts_version_update AFTER UPDATE ON medication REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER medication_facts_version_delete AFTER DELETE ON medication REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER allergy_facts_version_insert AFTER INSERT ON allergy REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER allergy_facts_version_update AFTER UPDATE ON allergy REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER allergy_facts_version_delete AFTER DELETE ON allergy REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER intervention_facts_version_insert AFTER INSERT ON intervention REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER intervention_facts_version_update AFTER UPDATE ON intervention REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER intervention_facts_version_delete AFTER DELETE ON intervention REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER care_decision_facts_version_insert AFTER INSERT ON care_decision REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER care_decision_facts_version_update AFTER UPDATE ON care_decision REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER care_decision_facts_version_delete AFTER DELETE ON care_decision REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER referral_facts_version_insert AFTER INSERT ON referral REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER referral_facts_version_update AFTER UPDATE ON referral REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER referral_facts_version_delete AFTER DELETE ON referral REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER advance_care_plan_facts_version_insert AFTER INSERT ON advance_care_plan REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER advance_care_plan_facts_version_update AFTER UPDATE ON advance_care_plan REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER advance_care_plan_facts_version_delete AFTER DELETE ON advance_care_plan REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER endpoints_facts_version_insert AFTER INSERT ON endpoints REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER endpoints_facts_version_update AFTER UPDATE ON endpoints REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
CREATE TRIGGER endpoints_facts_version_delete AFTER DELETE ON endpoints REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_facts_version();
