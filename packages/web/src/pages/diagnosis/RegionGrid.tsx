/**
 * The regions grid: bulbar, cervical, thoracic, lumbosacral x UMN (clinical), LMN (clinical), LMN
 * (EMG), each cell with the engine's verdict, what counted (clickable to the examination or study
 * that recorded it) and, where the criteria read the region differently, which set says what.
 */
import type { DiagnosisAssessment, PatientCase, RegionEvidence } from '@betz/engine';
import { FactButton, useEvidence } from './evidence/Evidence';
import { lmnFindingFacts, muscleFacts, umnSignFacts } from './evidence/regionFacts';

function YesNo({ yes, examined = true }: { yes: boolean; examined?: boolean }) {
  if (!examined) return <span className="cell-verdict muted">not examined</span>;
  return <span className={`cell-verdict ${yes ? 'yes' : 'no'}`}>{yes ? '● yes' : '○ no'}</span>;
}

function UmnCell({ r, c }: { r: RegionEvidence; c: PatientCase | undefined }) {
  const e = r.sets.revisedElEscorial;
  const g = r.sets.goldCoast;
  const facts = umnSignFacts(c, r.region, r.umnSigns);
  return (
    <td>
      <YesNo yes={e.umn || g.umn} examined={r.examined} />
      {r.umnSigns.length > 0 && (
        <div>
          <FactButton title={`${r.region}: UMN signs`} facts={facts}>
            {facts.map((f) => String(f.value)).join(', ')}
          </FactButton>
        </div>
      )}
      {e.umn !== g.umn && (
        <div className="set-note">
          Gold Coast: {g.umn ? 'yes' : 'no'}; revised El Escorial and Awaji: {e.umn ? 'yes' : 'no'}
        </div>
      )}
    </td>
  );
}

function LmnClinicalCell({ r, c }: { r: RegionEvidence; c: PatientCase | undefined }) {
  const e = r.sets.revisedElEscorial;
  const g = r.sets.goldCoast;
  const facts = lmnFindingFacts(c, r.region, r.lmnFindings);
  return (
    <td>
      <YesNo yes={e.lmnClinical} examined={r.examined} />
      {r.examined && (
        <div>
          <FactButton title={`${r.region}: clinical LMN`} conclusion={e.lmnClinicalWhy} facts={facts}>
            {e.lmnClinicalWhy}
          </FactButton>
        </div>
      )}
      {r.examined && e.lmnClinical !== g.lmnClinical && (
        <div className="set-note">
          Gold Coast: {g.lmnClinical ? 'yes' : 'no'} ({g.lmnClinicalWhy})
        </div>
      )}
    </td>
  );
}

function LmnEmgCell({ r, c }: { r: RegionEvidence; c: PatientCase | undefined }) {
  const e = r.sets.revisedElEscorial.lmnEmg;
  const a = r.sets.awaji.lmnEmg;
  const shown = a.present ? a : e;
  const counted = r.muscles.filter((m) => shown.muscles.includes(m.muscle));
  const facts = muscleFacts(c, counted.length > 0 ? counted : r.muscles);
  const sampled = r.muscles.length;
  return (
    <td>
      <YesNo yes={e.present || a.present} />
      <div>
        <FactButton title={`${r.region}: EMG`} conclusion={shown.why} facts={facts}>
          {sampled === 0 ? 'no muscle sampled' : shown.why}
        </FactButton>
      </div>
      {e.present !== a.present && (
        <div className="set-note">
          Revised El Escorial: {e.present ? 'yes' : 'no'} ({e.why}); Awaji and Gold Coast: {a.present ? 'yes' : 'no'}
        </div>
      )}
      {sampled > 0 && (
        <div className="muted small">
          {sampled} muscle{sampled === 1 ? '' : 's'} sampled
        </div>
      )}
    </td>
  );
}

export function RegionGrid({ d }: { d: DiagnosisAssessment }) {
  const { patientCase } = useEvidence();
  const exams = d.findings.examDates;
  const emgs = d.findings.emgDates;
  return (
    <section aria-labelledby="regions-head">
      <h2 id="regions-head">Regions</h2>
      <p className="muted small">
        From {exams.length} examination{exams.length === 1 ? '' : 's'}
        {exams.length > 0 && ` (${exams.join(', ')})`} and {emgs.length} EMG stud{emgs.length === 1 ? 'y' : 'ies'}
        {emgs.length > 0 && ` (${emgs.join(', ')})`}. Revised El Escorial counts EMG only through the
        laboratory-supported category.
      </p>
      <table className="grid region-grid">
        <thead>
          <tr>
            <th scope="col">Region</th>
            <th scope="col">UMN (clinical)</th>
            <th scope="col">LMN (clinical)</th>
            <th scope="col">LMN (EMG)</th>
          </tr>
        </thead>
        <tbody>
          {d.regions.map((r) => (
            <tr key={r.region}>
              <th scope="row">{r.region}</th>
              <UmnCell r={r} c={patientCase} />
              <LmnClinicalCell r={r} c={patientCase} />
              <LmnEmgCell r={r} c={patientCase} />
            </tr>
          ))}
        </tbody>
      </table>
      {d.findings.ignoredSigns.length > 0 && (
        <p className="muted small">
          Not counted:{' '}
          {d.findings.ignoredSigns
            .map((s) => `${s.sign} (${s.region}, ${s.side}, ${s.firstDate}): ${s.why}`)
            .join('; ')}
        </p>
      )}
    </section>
  );
}
