-- Issue 14 (red flags and mimics). Features a clinician could not record, so no red-flag rule could
-- use them: adrenal insufficiency (adrenomyeloneuropathy), zinc exposure (copper deficiency),
-- HTLV-1 endemic origin and blood transfusion, heritable mimics in the family as codes, the tempo
-- of the weakness (history); dissociated sensory loss (syringomyelia), unilateral tongue wasting
-- (skull-base lesion), symmetrical and proximal weakness (adult SMA, SBMA) and lumbar radicular
-- pain (exam.other). NULL in rows written before: not recorded.
ALTER TABLE history ADD COLUMN family_history_diseases text[] CHECK (
  array_position(family_history_diseases, NULL) IS NULL AND family_history_diseases <@ ARRAY[
    'hereditarySpasticParaplegia', 'spinalMuscularAtrophy', 'spinobulbarMuscularAtrophy', 'adrenoleukodystrophy',
    'hereditaryNeuropathy', 'spinocerebellarAtaxia', 'gm2Gangliosidosis'
  ]::text[]
);
ALTER TABLE history ADD COLUMN weakness_tempo text CHECK (weakness_tempo IN (
  'acute', 'progressive', 'slowOverYears', 'arrested', 'relapsingOrFluctuating'
));
ALTER TABLE history ADD COLUMN zinc_exposure boolean;
ALTER TABLE history ADD COLUMN adrenal_insufficiency boolean;
ALTER TABLE history ADD COLUMN htlv1_endemic_origin boolean;
ALTER TABLE history ADD COLUMN blood_transfusion boolean;

ALTER TABLE exam ADD COLUMN other_lumbar_radicular_pain boolean;
ALTER TABLE exam ADD COLUMN other_dissociated_sensory_loss boolean;
ALTER TABLE exam ADD COLUMN other_unilateral_tongue_wasting boolean;
ALTER TABLE exam ADD COLUMN other_symmetric_weakness boolean;
ALTER TABLE exam ADD COLUMN other_proximal_predominant_weakness boolean;
