-- Issue 12 item 2 (a drug vocabulary for medications). A medication keeps its drug as written and
-- gains `code`, the Betz drug code picked from the engine's drug table (facts/drugs.ts). The column
-- holds any code up to 64 characters (DRUG_CODE_MAX_LENGTH; the API checks it against the table),
-- so a drug added to the table needs no migration. NULL: no code recorded; the engine then reads
-- the drug text (recogniseDrug), as it did for every row written before.
ALTER TABLE medication ADD COLUMN code text CHECK (length(code) BETWEEN 1 AND 64);

-- `route` becomes a closed vocabulary. Free text written before is mapped onto it, as the case-file
-- reader maps it (contracts case/legacy-route.ts, engine routeFromText): the words clinicians write
-- for each route; any other text becomes 'other' with the words kept in the note, so nothing
-- written is lost. Earlier versions in fact_revision keep their text as recorded.
UPDATE medication SET route = CASE regexp_replace(lower(route), '[^a-z0-9]', '', 'g')
    WHEN 'oral' THEN 'oral' WHEN 'orally' THEN 'oral' WHEN 'po' THEN 'oral' WHEN 'bymouth' THEN 'oral'
    WHEN 'oralsuspension' THEN 'oral' WHEN 'oralsolution' THEN 'oral' WHEN 'oralfilm' THEN 'oral'
    WHEN 'ors' THEN 'oral'
    WHEN 'sublingual' THEN 'sublingual' WHEN 'sublingually' THEN 'sublingual' WHEN 'sl' THEN 'sublingual'
    WHEN 'enteraltube' THEN 'enteral-tube' WHEN 'enteral' THEN 'enteral-tube' WHEN 'peg' THEN 'enteral-tube'
    WHEN 'rig' THEN 'enteral-tube' WHEN 'ng' THEN 'enteral-tube' WHEN 'gastrostomy' THEN 'enteral-tube'
    WHEN 'viapeg' THEN 'enteral-tube' WHEN 'viarig' THEN 'enteral-tube' WHEN 'viagastrostomy' THEN 'enteral-tube'
    WHEN 'feedingtube' THEN 'enteral-tube' WHEN 'viafeedingtube' THEN 'enteral-tube'
    WHEN 'iv' THEN 'iv' WHEN 'intravenous' THEN 'iv' WHEN 'intravenously' THEN 'iv' WHEN 'infusion' THEN 'iv'
    WHEN 'subcutaneous' THEN 'subcutaneous' WHEN 'subcutaneously' THEN 'subcutaneous'
    WHEN 'subcut' THEN 'subcutaneous' WHEN 'sc' THEN 'subcutaneous' WHEN 'sq' THEN 'subcutaneous'
    WHEN 'intramuscular' THEN 'intramuscular' WHEN 'im' THEN 'intramuscular'
    WHEN 'intrathecal' THEN 'intrathecal' WHEN 'intrathecally' THEN 'intrathecal' WHEN 'it' THEN 'intrathecal'
    WHEN 'inhaled' THEN 'inhaled' WHEN 'inhalation' THEN 'inhaled' WHEN 'inhaler' THEN 'inhaled'
    WHEN 'nebulised' THEN 'inhaled' WHEN 'nebulized' THEN 'inhaled' WHEN 'nebuliser' THEN 'inhaled'
    WHEN 'nebulizer' THEN 'inhaled'
    WHEN 'transdermal' THEN 'transdermal' WHEN 'patch' THEN 'transdermal'
    WHEN 'topical' THEN 'topical'
    WHEN 'other' THEN 'other'
    ELSE 'other' END,
  note = CASE WHEN regexp_replace(lower(route), '[^a-z0-9]', '', 'g') IN (
      'oral', 'orally', 'po', 'bymouth', 'oralsuspension', 'oralsolution', 'oralfilm', 'ors', 'sublingual',
      'sublingually', 'sl', 'enteraltube', 'enteral', 'peg', 'rig', 'ng', 'gastrostomy', 'viapeg', 'viarig',
      'viagastrostomy', 'feedingtube', 'viafeedingtube', 'iv', 'intravenous', 'intravenously', 'infusion',
      'subcutaneous', 'subcutaneously', 'subcut', 'sc', 'sq', 'intramuscular', 'im', 'intrathecal',
      'intrathecally', 'it', 'inhaled', 'inhalation', 'inhaler', 'nebulised', 'nebulized', 'nebuliser',
      'nebulizer', 'transdermal', 'patch', 'topical', 'other')
    THEN note
    ELSE left(concat_ws('; ', nullif(note, ''), 'route as written: ' || route), 20000) END
  WHERE route IS NOT NULL AND route NOT IN (
    'oral', 'sublingual', 'enteral-tube', 'iv', 'subcutaneous', 'intramuscular', 'intrathecal', 'inhaled',
    'transdermal', 'topical', 'other');
ALTER TABLE medication ADD CONSTRAINT medication_route_vocabulary CHECK (route IN (
  'oral', 'sublingual', 'enteral-tube', 'iv', 'subcutaneous', 'intramuscular', 'intrathecal', 'inhaled',
  'transdermal', 'topical', 'other'
));
