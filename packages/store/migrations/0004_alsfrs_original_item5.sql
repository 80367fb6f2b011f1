-- The original ALSFRS (ALS CNTF Treatment Study Phase I-II Group, Arch Neurol 1996;53:141-7) has
-- item 5 (cutting food and handling utensils) like the ALSFRS-R: the engine requires it
-- (ITEM_FIVE_REQUIRED in packages/engine/src/function/validate.ts) and dropped a row without it,
-- so the table now refuses such a row, as the alsfrsr table does. NOT VALID: rows already stored
-- are kept (and still reported by the engine as missing item 5) so that the migration cannot fail
-- on existing data; every new or corrected row is checked.
ALTER TABLE alsfrs_original DROP CONSTRAINT alsfrs_original_item5_at_most_once;
ALTER TABLE alsfrs_original ADD CONSTRAINT alsfrs_original_item5_once
  CHECK ((cutting_without_gastrostomy IS NULL) <> (cutting_with_gastrostomy IS NULL)) NOT VALID;
