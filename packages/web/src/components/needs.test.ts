import { describe, expect, it } from 'vitest';
import { needsInWords } from './needs';

describe('needsInWords', () => {
  it('says the case paths of an engine reason in words, keeping the why', () => {
    expect(needsInWords('insufficient data: needs history.onsetDate, alsfrsr (ENCALS needs both)')).toBe(
      'insufficient data: needs symptom onset date (history); an ALSFRS-R (ENCALS needs both)',
    );
  });
  it('leaves a sentence without case paths as it is', () => {
    expect(needsInWords('needs two visits at least')).toBe('needs two visits at least');
    expect(needsInWords('not staged')).toBe('not staged');
  });
});
