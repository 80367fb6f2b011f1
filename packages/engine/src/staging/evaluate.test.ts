import { describe, expect, it } from 'vitest';
import { alsfrsOriginalFixture, alsfrsrFixture, caseFixture } from '../testkit/index.js';
import { evaluateStaging } from './evaluate.js';
import { renderStagingText } from './render.js';

describe("King's from clinical facts: regions on examination, interventions, death (Roche 2012)", () => {
  it('counts functional involvement (weakness, wasting, spasticity); not fasciculations or reflex signs alone; thoracic is not a region', () => {
    const c = caseFixture({
      exams: [
        {
          date: '2024-06-01',
          regions: [
            { region: 'bulbar', side: 'midline', fasciculations: true, umnSigns: ['jawJerk'] },
            { region: 'cervical', side: 'left', wasting: true },
            { region: 'thoracic', side: 'midline', weakness: true },
            { region: 'lumbosacral', side: 'right', umnSigns: ['babinski', 'spasticity'] },
          ],
        },
      ],
    });
    const k = evaluateStaging(c, '2024-07-01').kings;
    expect(k).toMatchObject({ kind: 'staged', stage: 2, regions: { bulbar: false, upperLimb: true, lowerLimb: true } });
    if (k.kind === 'staged') expect(k.basis).toEqual(['examination']);
    const reflexOnly = caseFixture({
      exams: [
        {
          date: '2024-06-01',
          regions: [{ region: 'lumbosacral', side: 'right', umnSigns: ['babinski', 'hyperreflexia'] }],
        },
      ],
    });
    expect(evaluateStaging(reflexOnly, '2024-07-01').kings).toMatchObject({ stage: 1, estimatedNoRegion: true });
  });
  it('spastic dysarthria or reported dysphagia involve the bulbar region', () => {
    const dysarthria = caseFixture({
      exams: [
        { date: '2024-06-01', regions: [{ region: 'bulbar', side: 'midline', umnSigns: ['spasticDysarthria'] }] },
      ],
    });
    expect(evaluateStaging(dysarthria, '2024-07-01').kings).toMatchObject({ regions: { bulbar: true } });
    const dysphagia = caseFixture({
      history: { onsetSite: 'cervical' },
      symptoms: [{ date: '2024-06-01', symptom: 'dysphagia' }],
    });
    expect(evaluateStaging(dysphagia, '2024-05-31').kings).toMatchObject({ stage: 1 });
    expect(evaluateStaging(dysphagia, '2024-06-01').kings).toMatchObject({ stage: 2, regions: { bulbar: true } });
  });
  it('the onset site counts as an involved region', () => {
    const k = evaluateStaging(caseFixture({ history: { onsetSite: 'bulbar' } }), '2024-07-01').kings;
    expect(k).toMatchObject({ stage: 1, regions: { bulbar: true } });
  });
  it('NIV and gastrostomy dates on or before the assessment give 4B and 4A; later dates do not', () => {
    const c = caseFixture({
      history: { onsetSite: 'cervical' },
      interventions: [
        { kind: 'gastrostomy', startDate: '2025-02-01' },
        { kind: 'niv', startDate: '2025-04-01', hoursPerDay: 8 },
      ],
    });
    expect(evaluateStaging(c, '2025-01-31').kings).toMatchObject({ stage: 1, gastrostomy: false, niv: false });
    expect(evaluateStaging(c, '2025-02-01').kings).toMatchObject({ stage: 4, label: '4A' });
    expect(evaluateStaging(c, '2025-04-01').kings).toMatchObject({
      stage: 4,
      label: '4A+4B',
      gastrostomy: true,
      niv: true,
    });
  });
  it("death gives King's 5 and MiToS 5", () => {
    const c = caseFixture({ history: { onsetSite: 'cervical' }, endpoints: { deathDate: '2025-05-01' } });
    const s = evaluateStaging(c, '2025-06-01');
    expect(s.kings).toMatchObject({ stage: 5 });
    expect(s.mitos).toMatchObject({ kind: 'staged', stage: 5, basis: 'death' });
    expect(evaluateStaging(c, '2025-04-30').kings).toMatchObject({ stage: 1 });
  });
});

describe("King's from the ALSFRS-R and clinical facts together", () => {
  it('takes the union of regions and either source of a marker', () => {
    const c = caseFixture({
      exams: [
        { date: '2024-06-01', regions: [{ region: 'bulbar', side: 'midline', umnSigns: ['spasticDysarthria'] }] },
      ],
      alsfrsr: [alsfrsrFixture('2024-07-01', { walking: 3 })],
      interventions: [{ kind: 'niv', startDate: '2024-06-15' }],
    });
    const k = evaluateStaging(c, '2024-08-01').kings;
    expect(k).toMatchObject({ stage: 4, label: '4B', regions: { bulbar: true, lowerLimb: true, upperLimb: false } });
    if (k.kind === 'staged') expect(k.fromAlsfrsr).toMatchObject({ stage: 1, label: '1' });
  });
  it('an ALSFRS-R with no region and no other facts: stage 1 flagged estimated', () => {
    const c = caseFixture({ alsfrsr: [alsfrsrFixture('2024-07-01', { climbingStairs: 2 })] });
    const k = evaluateStaging(c, '2024-08-01').kings;
    expect(k).toMatchObject({ stage: 1, estimatedNoRegion: true });
    if (k.kind === 'staged') expect(k.sources.map((s) => s.cite)).toContain('Betz decision (domain README)');
    expect(renderStagingText(evaluateStaging(c, '2024-08-01'))).toMatch(/estimated: no region shown involved/);
  });
  it('nothing known: insufficient, naming what would help', () => {
    const s = evaluateStaging(caseFixture(), '2024-08-01');
    expect(s.kings).toMatchObject({ kind: 'insufficient', needs: ['alsfrsr', 'exams', 'history.onsetSite'] });
    expect(s.mitos).toMatchObject({ kind: 'insufficient', needs: ['alsfrsr'] });
  });
  it('keeps a history point per record', () => {
    const c = caseFixture({
      alsfrsr: [
        alsfrsrFixture('2024-01-01', { speech: 3 }),
        alsfrsrFixture('2024-04-01', { speech: 1, handwriting: 1 }),
      ],
    });
    expect(evaluateStaging(c, '2024-08-01').history).toEqual([
      { date: '2024-01-01', kingsStage: 1, kingsLabel: '1', mitosStage: 0 },
      { date: '2024-04-01', kingsStage: 2, kingsLabel: '2', mitosStage: 1 },
    ]);
  });
});

describe('original ALSFRS records', () => {
  it("MiToS undetermined (no breathing items); King's NIV from interventions only", () => {
    const c = caseFixture({ alsfrsOriginal: [alsfrsOriginalFixture('2024-07-01', { walking: 1, respiratory: 1 })] });
    const s = evaluateStaging(c, '2024-08-01');
    expect(s.mitos).toMatchObject({ kind: 'undetermined', stage: null, possibleStages: [1, 2] });
    expect(s.kings).toMatchObject({ kind: 'staged', stage: 1, niv: false, nivFromInterventionsOnly: true });
    expect(renderStagingText(s)).toMatch(/MiToS stage undetermined/);
  });
  it('a later ALSFRS-R takes over', () => {
    const c = caseFixture({
      alsfrsOriginal: [alsfrsOriginalFixture('2024-07-01', { walking: 1 })],
      alsfrsr: [alsfrsrFixture('2024-09-01', { walking: 1 })],
    });
    expect(evaluateStaging(c, '2024-10-01').mitos).toMatchObject({ kind: 'staged', stage: 1 });
  });
});

describe('renderStagingText', () => {
  it('shows 4A+4B and the sources', () => {
    const c = caseFixture({ alsfrsr: [alsfrsrFixture('2024-07-01', { cuttingWithGastrostomy: 3, dyspnoea: 0 })] });
    const text = renderStagingText(evaluateStaging(c, '2024-08-01'));
    expect(text).toMatch(/King's stage 4A\+4B/);
    expect(text).toMatch(/Balendra 2014/);
    expect(text).toMatch(/MiToS stage 1/);
  });
});
