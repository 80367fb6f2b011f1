/**
 * The guidelines, labels and papers the care rules follow, as data the UI can show.
 * `verification` keeps the clinical reference's tag: V read in the source, S secondary summary,
 * M from memory or the trial publication (check before relying on it).
 */
import type { Source } from '../common/source.js';

const s = (x: Source): Source => Object.freeze(x);

export const AAN_2009A = s({
  cite: 'Miller 2009 (AAN practice parameter, part 1)',
  year: 2009,
  detail: 'Drug, nutritional and respiratory therapies (reaffirmed 2013)',
  verification: 'V',
  doi: '10.1212/WNL.0b013e3181bc0141',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2764727',
});

export const AAN_2009B = s({
  cite: 'Miller 2009 (AAN practice parameter, part 2)',
  year: 2009,
  detail: 'Multidisciplinary care, symptom management, cognitive/behavioural impairment',
  verification: 'V',
  doi: '10.1212/WNL.0b013e3181bc01a4',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2764728',
});

export const AAN_QUALITY_2013 = s({
  cite: 'Miller 2013 (AAN ALS quality measures)',
  year: 2013,
  detail: 'ALS performance measurement set',
  verification: 'V',
  url: 'https://pubmed.ncbi.nlm.nih.gov/24271651/',
});

export const EAN_2024 = s({
  cite: 'Van Damme 2024 (EAN guideline)',
  year: 2024,
  detail: 'EAN/ERN EURO-NMD guideline on the management of ALS (GRADE)',
  verification: 'S',
  doi: '10.1111/ene.16264',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC11235832',
});

export const NICE_NG42 = s({
  cite: 'NICE NG42',
  year: 2016,
  detail: 'Motor neurone disease: assessment and management (updated 2019)',
  verification: 'M',
  url: 'https://www.nice.org.uk/guidance/ng42/chapter/Recommendations',
});

export const NICE_QS126 = s({
  cite: 'NICE QS126',
  year: 2016,
  detail: 'Statement 2: respiratory assessment at diagnosis and then every 2 to 3 months',
  verification: 'V',
  url: 'https://www.nice.org.uk/guidance/QS126/chapter/Quality-statement-2-Respiratory-assessment-and-noninvasive-ventilation',
});

export const EFNS_2012 = s({
  cite: 'Andersen 2012 (EFNS guideline)',
  year: 2012,
  detail: 'EFNS guidelines on the clinical management of ALS (MALS)',
  verification: 'M',
  doi: '10.1111/j.1468-1331.2011.03501.x',
});

export const CMS_RAD = s({
  cite: 'CMS LCD L33800 (respiratory assist devices)',
  year: 2015,
  detail:
    'Restrictive thoracic disorders: PaCO2 >= 45 mmHg, or sleep SpO2 <= 88 % for >= 5 min, or (NMD) MIP < 60 cmH2O or FVC < 50 %',
  verification: 'V',
});

export const LEIGH_2003 = s({
  cite: 'Leigh 2003 (European ALS/MND consortium NIV workshop)',
  year: 2003,
  detail: 'Symptom + (FVC <= 80 % or SNP <= 40 cmH2O) + (nocturnal desaturation or morning pCO2 >= 6.5 kPa)',
  verification: 'V',
  url: 'https://ojrd.biomedcentral.com/articles/10.1186/1750-1172-4-3/tables/5',
});

export const NIV4MND = s({
  cite: 'niv4mnd (respiratory muscle testing)',
  year: 2020,
  detail: 'Bulbar patients who cannot seal: use SNIP, symptoms and oximetry; do not treat an unreliable FVC as normal',
  verification: 'V',
  url: 'https://www.niv4mnd.co.uk/before-starting-niv/respiratory-muscle-testing',
});

export const RILUZOLE_LABEL = s({
  cite: 'Rilutek (riluzole) US prescribing information',
  year: 2020,
  detail: 'Warnings: hepatic injury, neutropenia, interstitial lung disease; CYP1A2 interactions',
  verification: 'V',
  url: 'https://globalrph.com/rx-list/rilutek-drug',
});

export const RILUZOLE_OLD_LABEL = s({
  cite: 'Rilutek (riluzole) US label, pre-2016 edition',
  year: 2012,
  detail: 'ALT 3-5 x ULN: trials continued with closer monitoring; baseline bilirubin elevation',
  verification: 'V',
  url: 'http://www.rxlist.com/rilutek-drug/warnings-precautions.htm',
});

export const RADICAVA_LABEL = s({
  cite: 'Radicava / Radicava ORS (edaravone) US prescribing information',
  year: 2022,
  detail: 'Cycles: 14 days on then 14 off; later 10 of 14 days then 14 off. Contains sodium bisulfite.',
  verification: 'V',
  url: 'https://globalrph.com/rx-list/radicava-drug',
});

export const EDARAVONE_TRIAL_2017 = s({
  cite: 'Writing Group 2017 (edaravone MCI186-19)',
  year: 2017,
  detail: 'Enrolled: definite/probable ALS, duration <= 2 years, FVC >= 80 %, every ALSFRS-R item >= 2, age 20-75',
  verification: 'S',
  doi: '10.1016/S1474-4422(17)30115-1',
});

export const QALSODY_LABEL = s({
  cite: 'Qalsody (tofersen) US prescribing information',
  year: 2023,
  detail:
    'Accelerated approval (plasma NfL). Warnings: myelitis/radiculitis, papilloedema/raised ICP, aseptic meningitis',
  verification: 'V',
  url: 'https://rxreasoner.com/monographs/qalsody/usage',
});

export const QALSODY_SMPC = s({
  cite: 'Qalsody (tofersen) EU SmPC',
  year: 2024,
  detail: 'Authorised under exceptional circumstances; review continuation regularly',
  verification: 'V',
  url: 'https://rxreasoner.com/monographs/110458/usage',
});

export const PB_TURSO_WITHDRAWAL_2024 = s({
  cite: 'Amylyx 2024 (Relyvrio/Albrioza withdrawal)',
  year: 2024,
  detail: 'Withdrawn in the US and Canada on 4 April 2024 after PHOENIX missed its endpoints',
  verification: 'V',
  url: 'https://www.mmitnetwork.com/aishealth/radar-on-specialty-pharmacy/news-briefs-amylyx-is-withdrawing-als-drug-relyvrio-in-u-s-canada/',
});

export const MECOBALAMIN_JP_2024 = s({
  cite: 'Rozebalamin (mecobalamin) Japanese approval, Eisai 2024; JETALS (Oki 2022)',
  year: 2024,
  detail: 'Japan only: 50 mg IM twice weekly; JETALS enrolled within about 1 year of onset',
  verification: 'S',
});

export const FDA_QUININE_2010 = s({
  cite: 'FDA 2010 (quinine for leg cramps)',
  year: 2010,
  detail: 'FDA warns against quinine (Qualaquin) for leg cramps: thrombocytopenia, HUS/TTP, deaths',
  verification: 'V',
  url: 'http://www.webmd.com/news/20100713/unapproved-qualaquin-use-is-risky',
});

export const MEDICARE_HOSPICE_LCD = s({
  cite: 'Medicare LCD: hospice, determining terminal status (ALS)',
  year: 2015,
  detail:
    'Critically impaired breathing, or rapid progression with critical nutritional impairment or life-threatening complications',
  verification: 'S',
  url: 'https://hom.org/eligibility/als',
});

export const MARIN_2011 = s({
  cite: 'Marin 2011',
  year: 2011,
  detail: 'Each 5 % loss of usual weight raised the risk of death by about 30 %',
  verification: 'V',
  doi: '10.1136/jnnp.2010.211474',
});

export const DESPORT_2000 = s({
  cite: 'Desport 2000',
  year: 2000,
  detail: 'Malnutrition: BMI below 18.5-20 kg/m2',
  verification: 'V',
  doi: '10.1080/14660820050515386',
});

export const BENATAR_2016 = s({
  cite: 'Benatar 2016 (presymptomatic ALS genetic counselling)',
  year: 2016,
  detail: 'Predictive testing of relatives only with pre-decision, pre-test and post-test counselling',
  verification: 'V',
  url: 'https://miami.pure.elsevier.com/en/publications/presymptomatic-als-genetic-counseling-and-testing',
});

export const NEURO_PLANS = s({
  cite: 'neuro-plans ALS care plan',
  year: 2026,
  detail: 'Open care-plan library (blondarb/neuro-plans, v1.1): monitoring table, NIV and symptom practice',
  verification: 'S',
});

export const PRACTICE = s({
  cite: 'Clinical practice (no graded source)',
  year: 2024,
  detail: 'Common MND clinic practice in the care reference; check locally',
  verification: 'M',
});
