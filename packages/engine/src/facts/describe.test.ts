import { describe, expect, it } from 'vitest';
import { describeCasePath, describeNeeds, indefiniteArticle, kindWithArticle } from './describe.js';
import { FACT_KIND_CATALOGUE, factKindEntry } from './kinds.js';

describe('case paths in words', () => {
  it('names the kind from the catalogue and the field from its table', () => {
    expect(describeCasePath('history.progression.precededByNormalFunction')).toBe(
      'normal motor function before onset (history)',
    );
    expect(describeCasePath('history.onsetDate')).toBe('symptom onset date (history)');
    expect(describeCasePath('patient.birthDate')).toBe('date of birth (patient)');
    expect(describeCasePath('input.definiteElEscorial')).toBe('a definite revised El Escorial category (assessment)');
  });

  it('says a whole kind with its article', () => {
    expect(describeCasePath('alsfrsr')).toBe('an ALSFRS-R');
    expect(describeCasePath('exams')).toBe('a neurological examination');
    expect(describeCasePath('emg')).toBe('an EMG study');
  });

  it('spells out a field it has no words for, and drops list indices', () => {
    expect(describeCasePath('vitalCapacity[2].posture')).toBe('posture (vital capacity)');
    expect(describeCasePath('history.familyHistory.relatives')).toBe('family history, relatives (history)');
  });

  it('says every kind of the catalogue with its label, never its camelCase key', () => {
    for (const k of FACT_KIND_CATALOGUE) {
      if (k.caseKey === null) continue;
      const words = describeCasePath(k.caseKey);
      expect(words).toMatch(new RegExp(`^an? ${k.label.replace(/[()]/g, '.')}$`));
      expect(words).not.toMatch(/[a-z][A-Z]/);
    }
  });

  it('joins several for a sentence', () => {
    expect(describeNeeds(['history.onsetDate', 'alsfrsr'])).toBe('symptom onset date (history); an ALSFRS-R');
  });
});

describe('a fact kind with its article', () => {
  it('says a and an by sound, and the for a kind kept once per patient', () => {
    expect(kindWithArticle(factKindEntry('emgStudy'))).toBe('an EMG study');
    expect(kindWithArticle(factKindEntry('allergy'))).toBe('an allergy');
    expect(kindWithArticle(factKindEntry('alsfrsr'))).toBe('an ALSFRS-R');
    expect(kindWithArticle(factKindEntry('weight'))).toBe('a weight');
    expect(kindWithArticle(factKindEntry('history'))).toBe('the history');
    expect(indefiniteArticle('FVC')).toBe('an');
    expect(indefiniteArticle('CK')).toBe('a');
    expect(indefiniteArticle('original ALSFRS')).toBe('an');
  });
});
