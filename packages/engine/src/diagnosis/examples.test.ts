/**
 * Every example case in examples/ is evaluated and checked against the expected results documented
 * in examples/README.md. A new example needs its row here and in the README.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PatientCase } from '../facts/index.js';
import type { AwajiCategory, ElEscorialCategory } from './classify.js';
import { evaluateDiagnosis } from './evaluate.js';
import type { PrerequisiteStatus } from './prerequisites.js';

const DIR = fileURLToPath(new URL('../../../../examples/', import.meta.url));

interface Expected {
  elEscorial: ElEscorialCategory;
  /** What the signs alone give, when a prerequisite withholds the category. */
  anatomical?: ElEscorialCategory;
  status: PrerequisiteStatus;
  familialLabSupported: boolean;
  awaji: AwajiCategory;
  goldCoast: boolean;
  redFlags: string[];
}

const EXPECTED: Record<string, Expected> = {
  '01-definite-limb-onset': {
    elEscorial: 'definite',
    status: 'prerequisitesMet',
    familialLabSupported: false,
    awaji: 'definite',
    goldCoast: true,
    redFlags: [],
  },
  '02-probable-bulbar-onset': {
    elEscorial: 'probable',
    status: 'prerequisitesMet',
    familialLabSupported: false,
    awaji: 'probable',
    goldCoast: true,
    redFlags: [],
  },
  '03-probable-lab-supported': {
    elEscorial: 'probableLabSupported',
    status: 'prerequisitesMet',
    familialLabSupported: false,
    awaji: 'possible',
    goldCoast: true,
    redFlags: [],
  },
  '04-possible-single-region': {
    elEscorial: 'possible',
    status: 'prerequisitesMet',
    familialLabSupported: false,
    awaji: 'possible',
    goldCoast: true,
    redFlags: [],
  },
  '05-unclassified-bulbar-umn-arm-lmn': {
    elEscorial: 'unclassified',
    status: 'prerequisitesMet',
    familialLabSupported: false,
    awaji: 'unclassified',
    goldCoast: false,
    redFlags: [],
  },
  '06-not-met-no-progression-yet': {
    elEscorial: 'notMet',
    anatomical: 'probable',
    status: 'notProgressive',
    familialLabSupported: false,
    awaji: 'notMet',
    goldCoast: false,
    redFlags: [],
  },
  '07-pma-pure-lmn': {
    elEscorial: 'notMet',
    status: 'prerequisitesMet',
    familialLabSupported: false,
    awaji: 'notMet',
    goldCoast: true,
    redFlags: [],
  },
  '08-pls-pure-umn': {
    elEscorial: 'possible',
    status: 'prerequisitesMet',
    familialLabSupported: false,
    awaji: 'possible',
    goldCoast: false,
    redFlags: ['pureUmnSyndrome'],
  },
  '09-mimic-mmn-conduction-block': {
    elEscorial: 'notMet',
    status: 'alternativeExplanation',
    familialLabSupported: false,
    awaji: 'notMet',
    goldCoast: false,
    redFlags: ['motorConductionBlock'],
  },
  '10-mimic-cervical-myelopathy': {
    elEscorial: 'notMet',
    anatomical: 'possible',
    status: 'alternativeExplanation',
    familialLabSupported: false,
    awaji: 'notMet',
    goldCoast: false,
    redFlags: ['lmnArmsUmnLegsWithoutBulbarSigns', 'neckOrRadicularPain'],
  },
  '11-mimic-kennedy-sbma': {
    elEscorial: 'notMet',
    status: 'alternativeExplanation',
    familialLabSupported: false,
    awaji: 'notMet',
    goldCoast: false,
    redFlags: ['abnormalSensoryNerveConduction', 'kennedyFeatures'],
  },
  '12-familial-sod1': {
    elEscorial: 'possible',
    status: 'prerequisitesMet',
    familialLabSupported: true,
    awaji: 'possible',
    goldCoast: true,
    redFlags: [],
  },
  '13-familial-c9orf72-ftd': {
    elEscorial: 'probable',
    status: 'prerequisitesMet',
    familialLabSupported: true,
    awaji: 'definite',
    goldCoast: true,
    redFlags: [],
  },
  '14-awaji-fasciculation-upgrade': {
    elEscorial: 'possible',
    status: 'prerequisitesMet',
    familialLabSupported: false,
    awaji: 'probable',
    goldCoast: true,
    redFlags: [],
  },
  '15-conduction-block-anti-gm1-negative': {
    elEscorial: 'definite',
    status: 'pendingExclusions',
    familialLabSupported: false,
    awaji: 'definite',
    goldCoast: false,
    redFlags: ['motorConductionBlock'],
  },
};

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const load = (f: string): PatientCase => JSON.parse(readFileSync(DIR + f, 'utf8')) as PatientCase;

/** The latest dated record of a case (birth date aside): the natural "as of" date of the example. */
function latestDate(c: PatientCase): string {
  let latest = '';
  const walk = (v: unknown, key: string): void => {
    if (typeof v === 'string' && /date$/i.test(key) && key !== 'birthDate' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
      if (v > latest) latest = v;
    } else if (Array.isArray(v)) {
      for (const x of v) walk(x, key);
    } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(c, '');
  return latest;
}

describe('examples/: every case file has documented expectations', () => {
  it('has at least 10 examples, each with a row here and in examples/README.md', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(files.map((f) => f.replace(/\.json$/, ''))).toEqual(Object.keys(EXPECTED).sort());
    const readme = readFileSync(`${DIR}README.md`, 'utf8');
    for (const f of files) expect(readme).toContain(f);
  });
});

for (const f of files) {
  const name = f.replace(/\.json$/, '');
  describe(`example ${name}`, () => {
    const c = load(f);
    const exp = EXPECTED[name]!;
    const asOf = latestDate(c);
    it('is a full synthetic clinical picture', () => {
      expect(c.schemaVersion).toBe(1);
      expect(c.patient.id).toMatch(/^example-/);
      expect(c.history?.onsetDate).toBeDefined();
      expect(c.history?.onsetSite).toBeDefined();
      expect(c.history?.progression).toBeDefined();
      expect(c.exams?.length).toBeGreaterThan(0);
      expect(c.emg?.length).toBeGreaterThan(0);
      expect(c.investigations?.length).toBeGreaterThan(0);
      expect(c.alsfrsr?.length).toBeGreaterThan(0);
      expect(c.vitalCapacity?.length).toBeGreaterThan(0);
      expect(c.weights?.length).toBeGreaterThan(0);
    });
    for (const at of [asOf, '2030-01-01']) {
      it(`gives the documented results as of ${at === asOf ? `its last record (${asOf})` : at}`, () => {
        const d = evaluateDiagnosis(c, at);
        expect(d.elEscorial.category).toBe(exp.elEscorial);
        expect(d.elEscorial.anatomicalCategory).toBe(exp.anatomical ?? exp.elEscorial);
        expect(d.elEscorial.status).toBe(exp.status);
        expect(d.elEscorial.familialLabSupported).toBe(exp.familialLabSupported);
        expect(d.awaji.category).toBe(exp.awaji);
        expect(d.goldCoast.met).toBe(exp.goldCoast);
        expect(d.redFlags.map((r) => r.code)).toEqual(exp.redFlags);
        expect(d.findings.unknownMuscles).toEqual([]);
        expect(d.findings.ignoredSigns).toEqual([]);
      });
    }
  });
}
