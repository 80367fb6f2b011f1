/**
 * The drug vocabulary: every drug a care rule reads or names, as data, with a stable Betz code, the
 * name shown to clinicians, the other names a clinician writes (brand names, other INNs,
 * abbreviations) and, where verified, the WHO ATC code and the RxNorm ingredient RXCUI.
 *
 * A medication fact keeps its free text (`drug`, as written) and may carry the code picked from this
 * table (`code`); when it does not, `recogniseDrug` maps the text to a code. The care rules read a
 * medication only through that one reading (`drugCodeOf` in care/facts.ts), never its raw text.
 *
 * Codes. A code is the generic name in camelCase ('riluzole', 'sodiumPhenylbutyrateTaurursodiol');
 * it is stored in case files and the database, so a code is never renamed or reused: a drug that
 * leaves clinical use keeps its row.
 *
 * External codes, and where each was verified (searched 2026-11-30; a code not verified is left
 * out rather than guessed):
 * - ATC N07XX02 riluzole: WHO ATC index entry quoted by wagem.org/drug/riluzole ("ATC-Code:
 *   N07XX02") and by materialized-kb.org (Rilutek, hasATCCode N07XX02).
 * - ATC codes of the other drugs and every RxNorm RXCUI: NOT verified. The RxNorm ingredient
 *   identifiers could not be read from a primary source in this session (openFDA listings give
 *   product-level RXCUIs only, e.g. 199206 for riluzole 50 mg tablets, which are not ingredient
 *   codes), so the `rxcui` and `atc` fields are empty for those rows. Fill them from RxNav
 *   (rxnav.nlm.nih.gov, ingredient TTY=IN) and the WHOCC ATC/DDD index, with the date checked.
 */

/** A group a rule reads: CYP1A2 inhibitors raise riluzole exposure, inducers lower it (riluzole label). */
export type DrugClass = 'cyp1a2Inhibitor' | 'cyp1a2Inducer';

export interface DrugEntry {
  /** Stable Betz code: letters and digits, camelCase, never renamed. */
  readonly code: string;
  /** Display name (generic). */
  readonly name: string;
  /** Other names a clinician writes: brand names, other INNs, abbreviations. Any case and spacing. */
  readonly synonyms: readonly string[];
  /** WHO ATC code, only where verified (see the file note). */
  readonly atc?: string;
  /** RxNorm ingredient RXCUI, only where verified (see the file note). */
  readonly rxcui?: string;
  readonly classes?: readonly DrugClass[];
}

const CYP1A2_INHIBITOR: readonly DrugClass[] = ['cyp1a2Inhibitor'];
const CYP1A2_INDUCER: readonly DrugClass[] = ['cyp1a2Inducer'];

/**
 * Every drug Betz knows, disease-modifying drugs first. Which rules read each: riluzole, edaravone,
 * tofersen, sodium phenylbutyrate-taurursodiol, mecobalamin (rules/riluzole.ts, rules/other-dmt.ts,
 * approvals-table.ts, label-restrictions.ts); quinine (rules/symptoms.ts, US warning); oxygen
 * (rules/breathing.ts, rules/planning.ts); the CYP1A2 inhibitors and inducers (rules/riluzole.ts,
 * FDA drug-interaction table); the symptomatic drugs the care recommendations name
 * (rules/symptoms.ts: sialorrhoea, pseudobulbar affect, spasticity, cramps, pain, mood,
 * laryngospasm); immunoglobulin (the MMN mimic example).
 */
export const DRUGS = [
  // Disease-modifying (approvals-table.ts).
  {
    code: 'riluzole',
    name: 'riluzole',
    synonyms: ['Rilutek', 'Tiglutik', 'Teglutik', 'Exservan', 'riluzol'],
    atc: 'N07XX02',
  },
  { code: 'edaravone', name: 'edaravone', synonyms: ['Radicava', 'Radicava ORS', 'Radicut', 'edaravon'] },
  { code: 'tofersen', name: 'tofersen', synonyms: ['Qalsody', 'BIIB067'] },
  {
    code: 'sodiumPhenylbutyrateTaurursodiol',
    name: 'sodium phenylbutyrate-taurursodiol',
    synonyms: [
      'sodium phenylbutyrate and taurursodiol',
      'sodium phenylbutyrate/taurursodiol',
      'Relyvrio',
      'Albrioza',
      'AMX0035',
      'PB-TURSO',
    ],
  },
  { code: 'mecobalamin', name: 'mecobalamin', synonyms: ['methylcobalamin', 'Rozebalamin'] },
  // Read by a rule: quinine (US warning), oxygen (NIV and hospice rules).
  { code: 'quinine', name: 'quinine', synonyms: ['Qualaquin', 'quinine sulfate', 'quinine sulphate'] },
  { code: 'oxygen', name: 'oxygen', synonyms: ['O2', 'home oxygen', 'supplemental oxygen'] },
  // CYP1A2 inhibitors and inducers (riluzole interaction rule).
  { code: 'fluvoxamine', name: 'fluvoxamine', synonyms: ['Luvox', 'Faverin'], classes: CYP1A2_INHIBITOR },
  { code: 'ciprofloxacin', name: 'ciprofloxacin', synonyms: ['Cipro', 'Ciproxin'], classes: CYP1A2_INHIBITOR },
  { code: 'enoxacin', name: 'enoxacin', synonyms: [], classes: CYP1A2_INHIBITOR },
  // Mexiletine is also the cramp treatment the symptoms rule names.
  { code: 'mexiletine', name: 'mexiletine', synonyms: ['Namuscla', 'Mexitil'], classes: CYP1A2_INHIBITOR },
  { code: 'methoxsalen', name: 'methoxsalen', synonyms: ['8-MOP', 'Oxsoralen'], classes: CYP1A2_INHIBITOR },
  { code: 'zileuton', name: 'zileuton', synonyms: ['Zyflo'], classes: CYP1A2_INHIBITOR },
  { code: 'vemurafenib', name: 'vemurafenib', synonyms: ['Zelboraf'], classes: CYP1A2_INHIBITOR },
  { code: 'thiabendazole', name: 'thiabendazole', synonyms: ['tiabendazole', 'Mintezol'], classes: CYP1A2_INHIBITOR },
  {
    code: 'rifampicin',
    name: 'rifampicin',
    synonyms: ['rifampin', 'Rifadin', 'Rimactane'],
    classes: CYP1A2_INDUCER,
  },
  { code: 'phenytoin', name: 'phenytoin', synonyms: ['Dilantin', 'Epanutin'], classes: CYP1A2_INDUCER },
  { code: 'ritonavir', name: 'ritonavir', synonyms: ['Norvir'], classes: CYP1A2_INDUCER },
  { code: 'teriflunomide', name: 'teriflunomide', synonyms: ['Aubagio'], classes: CYP1A2_INDUCER },
  // Symptomatic drugs the care recommendations name (rules/symptoms.ts).
  { code: 'baclofen', name: 'baclofen', synonyms: ['Lioresal', 'Lyflex', 'Ozobax', 'Fleqsuvy', 'Lyvispah'] },
  { code: 'tizanidine', name: 'tizanidine', synonyms: ['Zanaflex'] },
  {
    code: 'glycopyrronium',
    name: 'glycopyrronium',
    synonyms: ['glycopyrrolate', 'glycopyrronium bromide', 'Robinul', 'Cuvposa', 'Sialanar'],
  },
  { code: 'amitriptyline', name: 'amitriptyline', synonyms: ['Elavil'] },
  {
    code: 'hyoscine',
    name: 'hyoscine',
    synonyms: ['scopolamine', 'hyoscine hydrobromide', 'Scopoderm', 'Transderm Scop', 'Kwells'],
  },
  { code: 'atropine', name: 'atropine', synonyms: ['atropine sulfate', 'atropine sulphate'] },
  {
    code: 'botulinumToxin',
    name: 'botulinum toxin',
    synonyms: [
      'botox',
      'onabotulinumtoxinA',
      'abobotulinumtoxinA',
      'incobotulinumtoxinA',
      'rimabotulinumtoxinB',
      'Dysport',
      'Xeomin',
      'Myobloc',
      'NeuroBloc',
      'botulinum toxin A',
      'botulinum toxin B',
    ],
  },
  {
    code: 'dextromethorphanQuinidine',
    name: 'dextromethorphan-quinidine',
    synonyms: ['dextromethorphan/quinidine', 'dextromethorphan and quinidine', 'Nuedexta'],
  },
  { code: 'citalopram', name: 'citalopram', synonyms: ['Celexa', 'Cipramil'] },
  { code: 'escitalopram', name: 'escitalopram', synonyms: ['Lexapro', 'Cipralex'] },
  { code: 'sertraline', name: 'sertraline', synonyms: ['Zoloft', 'Lustral'] },
  { code: 'fluoxetine', name: 'fluoxetine', synonyms: ['Prozac'] },
  { code: 'paroxetine', name: 'paroxetine', synonyms: ['Paxil', 'Seroxat'] },
  { code: 'gabapentin', name: 'gabapentin', synonyms: ['Neurontin'] },
  { code: 'pregabalin', name: 'pregabalin', synonyms: ['Lyrica'] },
  { code: 'levetiracetam', name: 'levetiracetam', synonyms: ['Keppra'] },
  { code: 'carbocisteine', name: 'carbocisteine', synonyms: ['carbocysteine', 'Mucodyne'] },
  { code: 'lorazepam', name: 'lorazepam', synonyms: ['Ativan'] },
  { code: 'morphine', name: 'morphine', synonyms: ['morphine sulfate', 'morphine sulphate', 'Oramorph', 'MST'] },
  { code: 'modafinil', name: 'modafinil', synonyms: ['Provigil'] },
  // Mimic treatment (examples/09, multifocal motor neuropathy).
  {
    code: 'immunoglobulin',
    name: 'immunoglobulin',
    synonyms: ['IVIG', 'IVIg', 'intravenous immunoglobulin', 'human normal immunoglobulin', 'SCIG'],
  },
] as const satisfies readonly DrugEntry[];

export type DrugCode = (typeof DRUGS)[number]['code'];

/** Every code, in table order (for enums at the edges: contracts, forms, the database). */
export const DRUG_CODES = DRUGS.map((d) => d.code) as unknown as readonly [DrugCode, ...DrugCode[]];

/** The longest a code may be: the contract's and the database column's limit. */
export const DRUG_CODE_MAX_LENGTH = 64;

const BY_CODE: ReadonlyMap<string, DrugEntry> = new Map(DRUGS.map((d) => [d.code, d]));

export function isDrugCode(s: unknown): s is DrugCode {
  return typeof s === 'string' && BY_CODE.has(s);
}

/** The table row of a code. */
export function drugEntry(code: DrugCode): DrugEntry {
  return BY_CODE.get(code)!;
}

/** The codes of a class, e.g. every CYP1A2 inhibitor. */
export function drugsOfClass(cls: DrugClass): DrugCode[] {
  return DRUGS.filter((d) => ((d as DrugEntry).classes ?? []).includes(cls)).map((d) => d.code);
}

/** How a medication enters the body. `other` keeps a route outside the list (its words go in the note). */
export const MEDICATION_ROUTES = [
  'oral',
  'sublingual',
  'enteral-tube',
  'iv',
  'subcutaneous',
  'intramuscular',
  'intrathecal',
  'inhaled',
  'transdermal',
  'topical',
  'other',
] as const;
export type MedicationRoute = (typeof MEDICATION_ROUTES)[number];

/** Words (lower case, letters and digits only) that name a route, as clinicians write them. */
const ROUTE_WORDS: Readonly<Record<string, MedicationRoute>> = {
  oral: 'oral',
  orally: 'oral',
  po: 'oral',
  bymouth: 'oral',
  oralsuspension: 'oral',
  oralsolution: 'oral',
  oralfilm: 'oral',
  ors: 'oral',
  sublingual: 'sublingual',
  sublingually: 'sublingual',
  sl: 'sublingual',
  enteraltube: 'enteral-tube',
  enteral: 'enteral-tube',
  peg: 'enteral-tube',
  rig: 'enteral-tube',
  ng: 'enteral-tube',
  gastrostomy: 'enteral-tube',
  viapeg: 'enteral-tube',
  viarig: 'enteral-tube',
  viagastrostomy: 'enteral-tube',
  feedingtube: 'enteral-tube',
  viafeedingtube: 'enteral-tube',
  iv: 'iv',
  intravenous: 'iv',
  intravenously: 'iv',
  infusion: 'iv',
  subcutaneous: 'subcutaneous',
  subcutaneously: 'subcutaneous',
  subcut: 'subcutaneous',
  sc: 'subcutaneous',
  sq: 'subcutaneous',
  intramuscular: 'intramuscular',
  im: 'intramuscular',
  intrathecal: 'intrathecal',
  intrathecally: 'intrathecal',
  it: 'intrathecal',
  inhaled: 'inhaled',
  inhalation: 'inhaled',
  inhaler: 'inhaled',
  nebulised: 'inhaled',
  nebulized: 'inhaled',
  nebuliser: 'inhaled',
  nebulizer: 'inhaled',
  transdermal: 'transdermal',
  patch: 'transdermal',
  topical: 'topical',
  other: 'other',
};

/** Lower case, accents removed (é -> e). */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Letters and digits only, folded: the key drug names and route words are compared by. */
export function drugKey(s: string): string {
  return fold(s).replace(/[^a-z0-9]/g, '');
}

/**
 * A route as written ('PO', 'IV', 'via PEG', 'oral suspension', 'intrathecal') in the route
 * vocabulary, or undefined when it names none.
 *
 * @example routeFromText('by mouth') // 'oral'
 */
export function routeFromText(text: string): MedicationRoute | undefined {
  const key = drugKey(text);
  return (MEDICATION_ROUTES as readonly string[]).includes(text) ? (text as MedicationRoute) : ROUTE_WORDS[key];
}

/** Each name (the code, the display name and every synonym) by its key. */
const NAME_INDEX: ReadonlyMap<string, DrugCode> = (() => {
  const m = new Map<string, DrugCode>();
  for (const d of DRUGS) {
    for (const name of [d.code, d.name, ...d.synonyms]) {
      const key = drugKey(name);
      const had = m.get(key);
      if (had !== undefined && had !== d.code) throw new Error(`drug name "${name}" is in ${had} and ${d.code}`);
      m.set(key, d.code);
    }
  }
  return m;
})();
const LONGEST_NAME_TOKENS = 6;

/**
 * Words that may stand beside a drug name without changing which drug it is: strengths, units,
 * forms, frequencies and routes. Any other word ('no', 'stopped', 'allergy', a second drug) makes
 * the text not recognised: a text such as "no riluzole" must never read as riluzole.
 */
const DOSE_WORDS = new Set(
  [
    // units
    'mg mcg ug g kg ml l iu u unit units mmol nmol mol percent min lmin litre litres liter liters',
    // forms
    'tablet tablets tab tabs capsule capsules cap caps suspension solution liquid syrup film orodispersible odt',
    'ors patch patches drop drops injection infusion inhaler spray cream gel sachet sachets vial',
    'modified release mr sr xr er',
    // frequencies and timing
    'od om bd bid tds tid qds qid qd qhs daily once twice three four times x a an per day days week weeks',
    'weekly month monthly every each h hr hrs hour hours night nightly nocte mane morning evening bedtime',
    'at prn as needed required when for of cycle cycles then loading dose doses',
    // route words
    'oral orally po by mouth sublingual sublingually sl via peg rig ng tube feeding enteral gastrostomy',
    'iv intravenous intravenously subcutaneous subcutaneously subcut sc sq intramuscular im intrathecal',
    'intrathecally it inhaled inhalation nebulised nebulized nebuliser nebulizer transdermal topical',
  ]
    .join(' ')
    .split(' '),
);

const isDoseToken = (t: string) => DOSE_WORDS.has(t) || /^\d+$/.test(t) || /^q\d+h$/.test(t) || /^\d+x$/.test(t);

export interface RecognisedDrug {
  code: DrugCode;
  /** The strength and schedule written after the name ('50 mg tablets bid'), when there is a number. */
  dose?: string;
  /** The route the text names ('IV' -> 'iv', 'ORS' -> 'oral'), when it names one. */
  route?: MedicationRoute;
}

/** Folded words: '50mg' splits into '50 mg'; 'o2', 'amx0035', 'q12h' stay whole. */
function tokens(text: string): string[] {
  return fold(text)
    .replace(/(\d)([a-z])/g, (_, d: string, l: string) => `${d} ${l}`)
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

/**
 * The drug a free-text medication names, with its dose and route where written. Case and accents
 * do not matter; brand names and other INNs count ('Rilutek 50 mg' -> riluzole). The text must be
 * one drug's name plus dose, form, schedule or route words only; anything else (a negation, a
 * second drug, an unknown word) gives undefined, so the medication is flagged as not recognised
 * instead of being guessed. Misspellings are not corrected here (the picker suggests instead).
 *
 * @example recogniseDrug('riluzole 50 mg tablets bid') // { code: 'riluzole', dose: '50 mg tablets bid', route: 'oral' }
 * @example recogniseDrug('no riluzole') // undefined
 */
export function recogniseDrug(text: string): RecognisedDrug | undefined {
  const words = tokens(text);
  const codes = new Set<DrugCode>();
  let route: MedicationRoute | undefined;
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let n = Math.min(LONGEST_NAME_TOKENS, words.length - i); n >= 1; n--) {
      const code = NAME_INDEX.get(words.slice(i, i + n).join(''));
      if (code !== undefined) {
        codes.add(code);
        matched = n;
        break;
      }
    }
    if (matched > 0) {
      i += matched;
      continue;
    }
    // Two-word routes first ('by mouth', 'via peg').
    const pair = i + 1 < words.length ? ROUTE_WORDS[words[i]! + words[i + 1]!] : undefined;
    const one = ROUTE_WORDS[words[i]!];
    if (pair) route ??= pair;
    else if (one && one !== 'other') route ??= one;
    if (!isDoseToken(words[i]!)) return undefined;
    i += 1;
  }
  if (codes.size !== 1) return undefined;
  const [code] = codes as unknown as [DrugCode];
  const firstDigit = text.search(/\d/);
  const dose = firstDigit >= 0 ? text.slice(firstDigit).trim().replace(/\s+/g, ' ') : undefined;
  // An ORS/suspension/tablet names the oral route even without 'oral'.
  if (
    route === undefined &&
    words.some((w) => ['tablet', 'tablets', 'tab', 'tabs', 'capsule', 'capsules', 'ors', 'suspension'].includes(w))
  ) {
    route = 'oral';
  }
  return { code, ...(dose ? { dose } : {}), ...(route ? { route } : {}) };
}

/**
 * The code of a medication: the one recorded (picked from the table), else the one its text names.
 * Undefined: not recognised (the assessment flags it).
 */
export function medicationDrugCode(m: { drug: string; code?: string }): DrugCode | undefined {
  if (m.code !== undefined && isDrugCode(m.code)) return m.code;
  return recogniseDrug(m.drug)?.code;
}

/**
 * Table rows whose name starts with (or contains) what was typed, for a type-ahead picker: the
 * generic names first, then brand names; each hit names the code and the name matched.
 *
 * @example searchDrugs('rilu')[0] // { code: 'riluzole', name: 'riluzole', matched: 'riluzole' }
 */
export function searchDrugs(typed: string, limit = 8): { code: DrugCode; name: string; matched: string }[] {
  const q = drugKey(typed);
  if (q.length === 0) return [];
  const starts: { code: DrugCode; name: string; matched: string }[] = [];
  const contains: typeof starts = [];
  for (const d of DRUGS) {
    const names = [d.name, ...d.synonyms];
    const hitStart = names.find((n) => drugKey(n).startsWith(q));
    const hitIn = hitStart ?? names.find((n) => drugKey(n).includes(q));
    if (hitStart) starts.push({ code: d.code, name: d.name, matched: hitStart });
    else if (hitIn) contains.push({ code: d.code, name: d.name, matched: hitIn });
  }
  return [...starts, ...contains].slice(0, limit);
}
