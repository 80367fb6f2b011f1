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

/*
 * Primary sources for the approval table (approvals-table.ts): the regulator's decision or notice,
 * or the maker's release. An announcement date is an upper bound on the decision date, so a
 * table row dated by an announcement never offers a drug before it was licensed.
 */

export const FDA_RILUZOLE_1995 = s({
  cite: 'HHS/FDA press release: FDA approves first drug for Lou Gehrig’s disease',
  year: 1995,
  detail: 'Riluzole approved 12 December 1995',
  verification: 'V',
  url: 'https://webarchive.library.unt.edu/eot2008/20090109025622/http://www.hhs.gov/news/press/1995pres/951212.html',
});

export const EC_RILUTEK_1996 = s({
  cite: 'European Commission decision C(96)1441 (Rilutek, EU/1/96/010); EMA EPAR',
  year: 1996,
  detail: 'Marketing authorisation valid throughout the EU issued 10 June 1996',
  verification: 'V',
  url: 'https://www.ema.europa.eu/en/medicines/human/EPAR/rilutek',
});

export const RILUTEK_SMPC = s({
  cite: 'Rilutek (riluzole) EU SmPC',
  year: 2021,
  detail: '4.3 Contraindications: hepatic disease or baseline transaminases greater than 3 times the ULN',
  verification: 'V',
  url: 'https://rxreasoner.com/monographs/rilutek/precautions',
});

export const RILUZOLE_JP_LABEL = s({
  cite: 'Riluzole tablets, Japanese package insert (Nipro ES Pharma, Nov 2023 edition)',
  year: 2023,
  detail:
    '5.1: do not give riluzole when FVC has fallen below 60 % of predicted (no effect can be expected); same text for Rilutek',
  verification: 'V',
  url: 'https://hokuto.app/medicine/qLMdJR8hzpsqN6CJD83h',
});

export const RILUZOLE_JP_LAUNCH = s({
  cite: 'Rilutek (riluzole) in Japan: launched March 1999 (drug-information summary)',
  year: 1999,
  detail: 'Launch month only; the approval date itself was not found in a primary source',
  verification: 'S',
  url: 'https://yakuten-ichiba.com/medicine/riluzole.php',
});

export const MTPA_RADICAVA_2017 = s({
  cite: 'MT Pharma America: FDA approval of Radicava (edaravone) IV',
  year: 2017,
  detail: 'Approved 5 May 2017 as an intravenous infusion',
  verification: 'V',
  url: 'https://www.mt-pharma-america.com/media/news/press-releases/2017/05/05/mt-pharma-america-announces-fda-approval-of-radicavatm-edaravone-the-first-new-treatment-option-for-als-in-more-than-20-years',
});

export const MTPC_RADICAVA_ORS_CA_2022 = s({
  cite: 'Mitsubishi Tanabe Pharma: Radicava Oral Suspension approved in Canada',
  year: 2022,
  detail: 'Health Canada approval 8 November 2022; US Radicava ORS approved 12 May 2022',
  verification: 'V',
  url: 'https://www.m-chemical.co.jp/english/news_release/01403.html',
});

export const MTPC_RADICUT_ORAL_JP_2022 = s({
  cite: 'Mitsubishi Tanabe Pharma: Radicut Oral Suspension 2.1 % approved in Japan',
  year: 2022,
  detail: 'MHLW approval 23 December 2022; before it edaravone was IV only in Japan',
  verification: 'V',
  url: 'https://www.m-chemical.co.jp/english/news_release/01439.html',
});

export const MTPC_RADICUT_ALS_2015 = s({
  cite: 'Mitsubishi Tanabe Pharma: Radicut (edaravone) IV approved for ALS in Japan, June 2015',
  year: 2015,
  detail: 'Month only (partial change approval for the ALS indication); the day was not found',
  verification: 'V',
  url: 'https://www.marketscreener.com/quote/stock/DAIICHI-SANKYO-CO-LTD-6498062/news/Mitsubishi-Tanabe-Pharma-Corporation-Launch-of-Radicava-for-the-Treatment-of-ALS-in-Brazil-First-s-46049400/',
});

export const MTPCA_RADICAVA_CA_2018 = s({
  cite: 'Mitsubishi Tanabe Pharma Canada: Canadian authorization of Radicava (edaravone) IV',
  year: 2018,
  detail: 'Notice of Compliance announced 4 October 2018',
  verification: 'V',
  url: 'https://www.epicos.com/article/329914/mitsubishi-tanabe-pharma-canada-announces-canadian-authorization-radicavatm-edaravone',
});

export const RADICAVA_IV_CA_DISCONTINUED = s({
  cite: 'ALS Canada: Radicava IV (edaravone)',
  year: 2024,
  detail:
    'Mitsubishi Tanabe Pharma Canada announced on 10 October 2024 that Radicava IV will be discontinued in favour of the oral suspension',
  verification: 'S',
  url: 'https://als.ca/research/drug-development/radicava-iv-edaravone/',
});

export const RADICUT_ORAL_JP_LABEL = s({
  cite: 'Radicut Oral Suspension 2.1 % (edaravone), Japanese package insert',
  year: 2023,
  detail:
    'Few patients with ALS severity grade 4 or more or FVC below 70 % predicted were treated: efficacy and safety not established; weigh risk and benefit',
  verification: 'S',
  url: 'https://imis.igaku-shoin.co.jp/contents/reference/yak_00000-00/0/yak_00000-00_a073c001z0001',
});

export const AMYLYX_ALBRIOZA_CA_2022 = s({
  cite: 'Amylyx: Health Canada approval of Albrioza (with conditions)',
  year: 2022,
  detail: 'NOC/c announced 13 June 2022, on the phase 2 CENTAUR trial',
  verification: 'V',
  url: 'https://pharmiweb.com/press-release/2022-06-13/amylyx-pharmaceuticals-announces-health-canada-approval-of-albrioza-for-the-treatment-of-als',
});

export const FDA_RELYVRIO_2022 = s({
  cite: 'FDA news release: FDA approves new treatment option for patients with ALS (Relyvrio)',
  year: 2022,
  detail: 'Approved 29 September 2022; 1 packet daily for 3 weeks, then twice daily',
  verification: 'V',
  url: 'https://www.fda.gov/news-events/press-announcements/fda-approves-new-treatment-option-patients-als',
});

export const AMYLYX_WITHDRAWAL_2024 = s({
  cite: 'Amylyx 8-K exhibit 99.1: formal intention to remove Relyvrio/Albrioza from the market',
  year: 2024,
  detail:
    'No longer available for new patients in the US and Canada as of 4 April 2024; current patients may move to a free drug programme',
  verification: 'V',
  url: 'https://www.sec.gov/Archives/edgar/data/1658551/000119312524086609/d780895dex991.htm',
});

export const HC_ALBRIOZA_DHPC_2024 = s({
  cite: 'Health Canada / Amylyx letter to health professionals: Albrioza market withdrawal',
  year: 2024,
  detail: '7 June 2024: do not initiate in new patients; withdrawn from the Canadian market by 31 December 2024',
  verification: 'V',
  url: 'https://recalls-rappels.canada.ca/en/alert-recall/important-safety-and-efficacy-information-albrioza-sodium-phenylbutyrate-and',
});

export const EAN_2023_PRESENTATION = s({
  cite: 'Van Damme, EAN 2023 congress presentation of the EAN ALS guideline',
  year: 2023,
  detail: 'Edaravone and AMX0035 both receive temporary recommendations pending phase 3 results',
  verification: 'S',
  url: 'https://conferences.medicom-publishers.com/specialisation/neurology/ean-2023/ean-guidelines-on-the-management-of-als',
});

export const BIOGEN_QALSODY_EU_2024 = s({
  cite: 'Biogen: European Commission grants Qalsody marketing authorisation under exceptional circumstances',
  year: 2024,
  detail: 'Announced 30-31 May 2024 (dpa-AFX 31.05.2024 04:16); the Commission decision is on or before that date',
  verification: 'V',
  url: 'https://markets.businessinsider.com/news/stocks/biogen-eu-approves-qalsody-to-treat-rare-genetic-form-of-amyotrophic-lateral-sclerosis-1033438119',
});

export const MHRA_TOFERSEN_2025 = s({
  cite: 'MHRA press release: tofersen (Qalsody) approved for SOD1-ALS',
  year: 2025,
  detail: 'Granted 22 July 2025 to Biogen Netherlands B.V. via the International Recognition Procedure',
  verification: 'V',
  url: 'https://www.parliamenttoday.com/free/viewnews.html?id=166755',
});

export const QALSODY_CA_2025 = s({
  cite: 'ALS Canada: Qalsody approved in Canada with conditions',
  year: 2025,
  detail: 'Health Canada NOC/c on 3 March 2025 (patient organisation; the Biogen Canada release was not read here)',
  verification: 'S',
  url: 'https://als.ca/research/drug-development/tofersen/',
});

export const BIOGEN_QALSODY_JP_2024 = s({
  cite: 'Biogen Japan press release: Qalsody approved in Japan',
  year: 2024,
  detail: 'Manufacturing and marketing approval obtained 27 December 2024 (Qalsody intrathecal 100 mg, SOD1-ALS)',
  verification: 'V',
  url: 'https://biogen.co.jp/news/2024-12-27-news.html',
});

export const EISAI_ROZEBALAMIN_2024 = s({
  cite: 'Eisai: Rozebalamin for Injection 25 mg (mecobalamin) approved in Japan for ALS',
  year: 2024,
  detail: 'Manufacturing and marketing approval 24 September 2024; launched 20 November 2024',
  verification: 'V',
  url: 'https://en.acnnewswire.com/press-release/english/92974/rozebalamin(r)-for-injection-25-mg-(mecobalamin)-approved-in-japan-for-amyotrophic-lateral-sclerosis',
});

export const BIOGEN_QALSODY_US_2023 = s({
  cite: 'Biogen news release: FDA grants accelerated approval for Qalsody (tofersen)',
  year: 2023,
  detail: 'Approved 25 April 2023 under accelerated approval (plasma NfL)',
  verification: 'V',
  url: 'https://alsnetwork.org/fda-grants-accelerated-approval-for-qalsody-tofersen-for-sod1-als-a-major-scientific-advancement-as-the-first-treatment-to-target-a-genetic-cause-of-als/',
});
