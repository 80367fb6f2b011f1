# The R peer of `betz stage` (issue 11 bench): King's and MiToS per ALSFRS-R row of a PRO-ACT-style
# alsfrs CSV, with dplyr, staged the way the yoonhohong/proact pipeline stages them
# (preprocess_predict.R, staging/estimate_king_mitos_alsfrs.R), written here from the published rules:
#   King's from the ALSFRS-R (Balendra 2014, doi:10.3109/21678421.2014.897357): bulbar involved when
#     Q1+Q2+Q3 < 12, upper limb when Q4+Q5 < 8, lower limb when Q8 < 4; stage 4 when item 5 is on
#     the gastrostomy form (5b) or R1 == 0 or R3 < 4; a stage 0 (no region) is recoded to 1 as the
#     proact pipeline does. The pipeline keeps one stage 4; the 4A/4B label (Roche 2012) is added
#     here from the same two conditions so the labels can be compared with Betz's.
#   MiToS (Chio 2015, Table 1, doi:10.1136/jnnp-2013-306589): movement lost when Q6 <= 1 or Q8 <= 1;
#     swallowing when Q3 <= 1; communicating when Q1 <= 1 AND Q4 <= 1; breathing when R1 <= 1 or
#     R3 <= 2; stage = domains lost.
#   Rows as the pipeline keeps them: item 5 on both forms dropped; original ALSFRS rows (no R1-R3)
#   and rows with a missing item dropped (complete cases).
#   dFS (Kimura 2006) = (48 - total) / months from onset, months = days / (365.25 / 12), not below 1 month.
#
# Usage: Rscript stage-peer.R IN.csv OUT.csv
suppressPackageStartupMessages({
  library(dplyr)
  library(readr)
})
args <- commandArgs(trailingOnly = TRUE)
t0 <- Sys.time()
alsfrs <- read_csv(args[1], col_types = cols(subject_id = col_character(), .default = col_double()),
                   progress = FALSE)
staged <- alsfrs %>%
  filter(!(!is.na(Q5a_Cutting_without_Gastrostomy) & !is.na(Q5b_Cutting_with_Gastrostomy))) %>%
  mutate(gastrostomy = !is.na(Q5b_Cutting_with_Gastrostomy),
         q5 = coalesce(Q5a_Cutting_without_Gastrostomy, Q5b_Cutting_with_Gastrostomy)) %>%
  filter(!is.na(Q1_Speech), !is.na(Q2_Salivation), !is.na(Q3_Swallowing), !is.na(Q4_Handwriting),
         !is.na(q5), !is.na(Q6_Dressing_and_Hygiene), !is.na(Q7_Turning_in_Bed), !is.na(Q8_Walking),
         !is.na(Q9_Climbing_Stairs), !is.na(R_1_Dyspnea), !is.na(R_2_Orthopnea),
         !is.na(R_3_Respiratory_Insufficiency)) %>%
  mutate(
    total = Q1_Speech + Q2_Salivation + Q3_Swallowing + Q4_Handwriting + q5 + Q6_Dressing_and_Hygiene +
      Q7_Turning_in_Bed + Q8_Walking + Q9_Climbing_Stairs + R_1_Dyspnea + R_2_Orthopnea +
      R_3_Respiratory_Insufficiency,
    bulbar = ifelse(Q1_Speech + Q2_Salivation + Q3_Swallowing < 12, 1, 0),
    upper = ifelse(Q4_Handwriting + q5 < 8, 1, 0),
    lower = ifelse(Q8_Walking < 4, 1, 0),
    niv = R_1_Dyspnea == 0 | R_3_Respiratory_Insufficiency < 4,
    king = case_when(gastrostomy | niv ~ 4, TRUE ~ bulbar + upper + lower),
    king = ifelse(king == 0, 1, king),
    kings = case_when(gastrostomy & niv ~ "4A+4B", gastrostomy ~ "4A", niv ~ "4B",
                      TRUE ~ as.character(king)),
    mitos = ifelse(Q6_Dressing_and_Hygiene <= 1 | Q8_Walking <= 1, 1, 0) +
      ifelse(Q3_Swallowing <= 1, 1, 0) +
      ifelse(Q1_Speech <= 1 & Q4_Handwriting <= 1, 1, 0) +
      ifelse(R_1_Dyspnea <= 1 | R_3_Respiratory_Insufficiency <= 2, 1, 0),
    months = (ALSFRS_Delta - Onset_Delta) / (365.25 / 12),
    delta_fs = ifelse(!is.na(months) & months >= 1, (48 - total) / months, NA)
  ) %>%
  select(subject_id, ALSFRS_Delta, total, kings, mitos, delta_fs)
write_csv(staged, args[2], na = "")
cat(sprintf("R peer: %d rows in, %d staged in %.2f s (inside R)\n", nrow(alsfrs), nrow(staged),
            as.numeric(difftime(Sys.time(), t0, units = "secs"))))
