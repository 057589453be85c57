import type { ReactNode } from 'react';
import { Label, Meter } from 'react-aria-components';
import './meter.css';

export type MeterTone = 'primary' | 'success' | 'accent';

export interface MeterSegment {
  /** the size of the segment, in the unit of `value` */
  value: number;
  tone?: MeterTone | 'pending';
}

/**
 * A quantity within a known range drawn as a bar (role="meter"): a match
 * score out of 100, the confirmed share of a budget. `valueText` is what
 * assistive technologies read and what shows next to the label; extra
 * segments (e.g. proposed funding after the confirmed) are drawn after the
 * value and described in `valueText`.
 */
export function MeterBar({
  label,
  value,
  maxValue = 100,
  valueText,
  tone = 'primary',
  extra,
  labelHidden,
  visibleLabel,
  size = 'medium',
  className,
}: {
  /** the accessible name, e.g. "Funding of Mercury-free gold in Puno" */
  label: ReactNode;
  /** a shorter label to show where the context is clear (e.g. "Funding" in the project's card); `label` stays the accessible name */
  visibleLabel?: ReactNode;
  value: number;
  maxValue?: number;
  valueText: string;
  tone?: MeterTone;
  extra?: readonly MeterSegment[];
  labelHidden?: boolean;
  size?: 'small' | 'medium';
  className?: string;
}) {
  const share = (v: number) => (maxValue > 0 ? Math.max(0, Math.min(100, (v / maxValue) * 100)) : 0);
  const first = share(value);
  let used = first;
  return (
    <Meter value={Math.min(Math.max(value, 0), maxValue)} minValue={0} maxValue={maxValue > 0 ? maxValue : 1} valueLabel={valueText} className={['cg-meter', `cg-meter--${size}`, className].filter(Boolean).join(' ')}>
      <div className={labelHidden ? 'cg-meter__header cg-visually-hidden' : 'cg-meter__header'}>
        <Label className="cg-meter__label">
          {visibleLabel ? (
            <>
              <span aria-hidden="true">{visibleLabel}</span>
              <span className="cg-visually-hidden">{label}</span>
            </>
          ) : (
            label
          )}
        </Label>
        <span className="cg-meter__value" aria-hidden="true">
          {valueText}
        </span>
      </div>
      <div className="cg-meter__track" aria-hidden="true">
        <span className={`cg-meter__fill cg-meter__fill--${tone}`} style={{ width: `${first}%` }} />
        {(extra ?? []).map((segment, i) => {
          const width = Math.max(0, Math.min(100 - used, share(segment.value)));
          used += width;
          return <span key={i} className={`cg-meter__fill cg-meter__fill--${segment.tone ?? 'pending'}`} style={{ width: `${width}%` }} />;
        })}
      </div>
    </Meter>
  );
}
