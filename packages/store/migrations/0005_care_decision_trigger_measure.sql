-- A care decision stores the clinical measure its trigger value is in (FVC % predicted, % weight
-- loss, ALSFRS-R item points…), so a declined recommendation returns when that measure worsens
-- by the rule's step (issue 8, defect 4). NULL in rows written before: the rule's default
-- measure is assumed (docs/case-format.md, careDecisions).
ALTER TABLE care_decision ADD COLUMN trigger_measure text CHECK (trigger_measure IN (
  'fvcPercentPredicted', 'snipCmH2O', 'mipCmH2O', 'paco2MmHg', 'nocturnalSpo2At88Minutes',
  'orthopnoeaItem', 'nivCriteriaMet', 'peakCoughFlowLPerMin', 'nivHoursPerDay', 'weightLossPercent',
  'bmiKgM2', 'swallowingItem', 'alsfrsrLowestItem', 'aminotransferaseTimesUln', 'zaritScore'
));
