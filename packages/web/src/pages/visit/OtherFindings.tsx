/**
 * Examination findings outside the motor regions (the exam schema's `other`): the ones the
 * engine's red flags and mimics read (sensory loss, a sensory level, ophthalmoplegia, …). Ticked
 * means found; the list is the engine's type, checked complete at compile time.
 */
import type { OtherExamFindings } from '@betz/engine';

export type OtherFinding = keyof OtherExamFindings;
export type OtherFindingsValue = Partial<Record<OtherFinding, true>>;

export const OTHER_FINDINGS = [
  { key: 'objectiveSensoryLoss', label: 'objective sensory loss' },
  { key: 'sensoryLevel', label: 'sensory level' },
  { key: 'ocularMotilityAbnormal', label: 'abnormal eye movements' },
  { key: 'ptosis', label: 'ptosis' },
  { key: 'fatigableWeakness', label: 'fatigable weakness' },
  { key: 'sphincterDysfunction', label: 'sphincter dysfunction' },
  { key: 'cerebellarSigns', label: 'cerebellar signs' },
  { key: 'extrapyramidalSigns', label: 'extrapyramidal signs' },
  { key: 'autonomicFeatures', label: 'autonomic features' },
  { key: 'gynaecomastia', label: 'gynaecomastia' },
  { key: 'perioralFasciculations', label: 'perioral fasciculations' },
  { key: 'posturalTremor', label: 'postural tremor' },
  { key: 'fingerFlexorQuadricepsWeakness', label: 'finger flexor and quadriceps weakness' },
  { key: 'headDrop', label: 'head drop' },
  { key: 'splitHand', label: 'split hand' },
  { key: 'isolatedDysphagia', label: 'dysphagia without dysarthria' },
  { key: 'hemiparesis', label: 'hemiparesis' },
  { key: 'neckOrRadicularPain', label: 'neck or arm radicular pain' },
  { key: 'lumbarRadicularPain', label: 'low back or leg radicular pain' },
  { key: 'dissociatedSensoryLoss', label: 'dissociated sensory loss (pain and temperature)' },
  { key: 'unilateralTongueWasting', label: 'tongue wasting on one side only' },
  { key: 'symmetricWeakness', label: 'symmetrical weakness' },
  { key: 'proximalPredominantWeakness', label: 'proximal-predominant weakness' },
  { key: 'cognitiveOrBehaviouralChange', label: 'cognitive or behavioural change' },
] as const satisfies readonly { key: OtherFinding; label: string }[];

/** Compile-time: a finding added to the engine's type must be added here. */
type Unlisted = Exclude<OtherFinding, (typeof OTHER_FINDINGS)[number]['key']>;
const everyFindingListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyFindingListed;

interface OtherFindingsProps {
  value: OtherFindingsValue;
  onChange(next: OtherFindingsValue): void;
  error?: string | undefined;
}

export function OtherFindings({ value, onChange, error }: OtherFindingsProps) {
  const count = Object.keys(value).length;
  return (
    <details className="other-findings" open={count > 0 || undefined}>
      <summary>
        Other findings (sensory, eye movements, sphincters, …){' '}
        <span className="muted">{count > 0 ? `${count} ticked` : 'none ticked'}</span>
      </summary>
      <div className="other-findings-grid">
        {OTHER_FINDINGS.map(({ key, label }) => (
          <label key={key} className="check">
            <input
              type="checkbox"
              checked={value[key] === true}
              onChange={() => {
                const next = { ...value };
                if (next[key]) delete next[key];
                else next[key] = true;
                onChange(next);
              }}
            />
            {label}
          </label>
        ))}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
