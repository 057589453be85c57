import type { ReactNode } from 'react';
import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { FieldError } from './field-error';
import './radio-group.css';
import type { Option } from './select-field';

/** One choice among a few, all visible (radio buttons with one label). */
export function RadioGroupField({
  label,
  name,
  options,
  value,
  onChange,
  description,
  isRequired,
  isDisabled,
  errorMessage,
  orientation = 'vertical',
}: {
  label: ReactNode;
  name: string;
  options: readonly (Option & { description?: ReactNode })[];
  value: string | null;
  onChange: (value: string) => void;
  description?: ReactNode;
  isRequired?: boolean;
  isDisabled?: boolean;
  errorMessage?: string;
  orientation?: 'vertical' | 'horizontal';
}) {
  return (
    <RadioGroup
      name={name}
      value={value}
      onChange={onChange}
      isRequired={isRequired}
      isDisabled={isDisabled}
      orientation={orientation}
      isInvalid={errorMessage ? true : undefined}
      validate={errorMessage ? () => errorMessage : undefined}
      className="cg-field cg-radio-group"
    >
      <Label className="cg-label">
        {label}
        {isRequired ? <span className="cg-required" aria-hidden="true"> *</span> : null}
      </Label>
      {description ? (
        <Text slot="description" className="cg-description">
          {description}
        </Text>
      ) : null}
      <div className={orientation === 'horizontal' ? 'cg-radio-group__options cg-radio-group__options--horizontal' : 'cg-radio-group__options'}>
        {options.map((option) => (
          <Radio key={option.id} value={option.id} className="cg-radio">
            <span className="cg-radio__circle" aria-hidden="true" />
            <span>
              {option.label}
              {option.description ? <span className="cg-radio__description">{option.description}</span> : null}
            </span>
          </Radio>
        ))}
      </div>
      <FieldError />
    </RadioGroup>
  );
}
