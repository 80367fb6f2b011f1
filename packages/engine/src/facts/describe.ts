/**
 * Case paths in words, for a person: results name missing facts by their path in the case model
 * ('history.progression.precededByNormalFunction'); a clinician reads "normal motor function before
 * onset (history)". The kind's words come from the fact catalogue; the field's from the table below,
 * else from the field name itself.
 */
import { FACT_KIND_CATALOGUE, type FactKindEntry } from './kinds.js';

/** Letters whose spoken name starts with a vowel sound: "an EMG", "an FVC", "an MRI". */
const VOWEL_SOUND_INITIALS = 'AEFHILMNORSX';

/** "a" or "an" before a word or an acronym, by its sound. */
export function indefiniteArticle(word: string): 'a' | 'an' {
  const first = word.charAt(0);
  const acronym = /^[A-Z]{2,}/.test(word);
  if (acronym) return VOWEL_SOUND_INITIALS.includes(first) ? 'an' : 'a';
  return /[aeiou]/i.test(first) ? 'an' : 'a';
}

/**
 * A fact kind named with its article, for sentences: "the history" (one per patient), "the
 * endpoints", "an EMG study", "an allergy", "a weight".
 *
 * @example kindWithArticle(factKindEntry('emgStudy')) // 'an EMG study'
 */
export function kindWithArticle(entry: Pick<FactKindEntry, 'label' | 'cardinality'>): string {
  if (entry.cardinality === 'one') return `the ${entry.label}`;
  return `${indefiniteArticle(entry.label)} ${entry.label}`;
}

/** Field names whose words are not the field name spelt out. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  birthDate: 'date of birth',
  onsetDate: 'symptom onset date',
  onsetSite: 'onset region',
  onsetSide: 'onset side',
  diagnosisDate: 'date of diagnosis',
  'progression.documented': 'progression documented',
  'progression.precededByNormalFunction': 'normal motor function before onset',
  'familyHistory.als': 'family history of ALS',
  'familyHistory.ftd': 'family history of FTD',
  ftd: 'FTD (diagnosed or not)',
  heightCm: 'height',
  premorbidWeightKg: 'premorbid weight',
  percentPredicted: '% predicted',
  weightKg: 'weight',
  definiteElEscorial: 'a definite revised El Escorial category',
};

const CASE_KEY_LABEL = new Map<string, string>(
  FACT_KIND_CATALOGUE.filter((k) => k.caseKey !== null).map((k) => [k.caseKey as string, k.label]),
);

function spelt(name: string): string {
  return name
    .replace(/\[\d+\]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/\./g, ', ')
    .toLowerCase();
}

/**
 * A case path in words.
 *
 * @example describeCasePath('history.onsetDate') // 'symptom onset date (history)'
 * @example describeCasePath('alsfrsr') // 'an ALSFRS-R'
 * @example describeCasePath('patient.birthDate') // 'date of birth (patient)'
 */
export function describeCasePath(path: string): string {
  const [head = '', ...rest] = path.split('.');
  const field = rest.join('.').replace(/\[\d+\]/g, '');
  const kind =
    head === 'patient' ? 'patient' : head === 'input' ? 'assessment' : CASE_KEY_LABEL.get(head.replace(/\[\d+\]$/, ''));
  if (!field) return kind ? `${indefiniteArticle(kind)} ${kind}` : spelt(path);
  const words = FIELD_WORDS[field] ?? spelt(field);
  return kind ? `${words} (${kind})` : spelt(path);
}

/** Several missing facts in words, joined for a sentence. */
export function describeNeeds(paths: readonly string[]): string {
  return paths.map(describeCasePath).join('; ');
}
