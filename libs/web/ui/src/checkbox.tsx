import type { ReactNode } from 'react';
import { Checkbox as AriaCheckbox, CheckboxGroup as AriaCheckboxGroup, Label, Text } from 'react-aria-components';
import { FieldError } from './field-error';
import type { Option } from './select-field';

function Box() {
  return (
    <span className="cg-checkbox__box" aria-hidden="true">
      <svg viewBox="0 0 18 18" className="cg-checkbox__mark" focusable="false">
        <polyline points="3.5 9.5 7.5 13.5 14.5 5" />
      </svg>
    </span>
  );
}

/** One yes/no choice. */
export function CheckboxField({
  children,
  name,
  isSelected,
  onChange,
  description,
  isDisabled,
}: {
  children: ReactNode;
  name: string;
  isSelected: boolean;
  onChange: (selected: boolean) => void;
  description?: ReactNode;
  isDisabled?: boolean;
}) {
  return (
    <div className="cg-field">
      <AriaCheckbox name={name} isSelected={isSelected} onChange={onChange} isDisabled={isDisabled} className="cg-checkbox">
        <Box />
        <span>{children}</span>
      </AriaCheckbox>
      {description ? <p className="cg-description cg-checkbox__description">{description}</p> : null}
    </div>
  );
}

/** Several choices among a short list (a group of checkboxes with one label). */
export function CheckboxGroupField({
  label,
  name,
  options,
  value,
  onChange,
  description,
  isRequired,
  isDisabled,
  errorMessage,
  columns,
}: {
  label: ReactNode;
  name: string;
  options: readonly Option[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  description?: ReactNode;
  isRequired?: boolean;
  isDisabled?: boolean;
  errorMessage?: string;
  /** lay the options out in columns when there are many */
  columns?: boolean;
}) {
  return (
    <AriaCheckboxGroup
      name={name}
      value={[...value]}
      onChange={onChange}
      isRequired={isRequired}
      isDisabled={isDisabled}
      isInvalid={errorMessage ? true : undefined}
      validate={errorMessage ? () => errorMessage : undefined}
      className="cg-field cg-checkbox-group"
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
      <div className={columns ? 'cg-checkbox-group__options cg-checkbox-group__options--columns' : 'cg-checkbox-group__options'}>
        {options.map((option) => (
          <AriaCheckbox key={option.id} value={option.id} className="cg-checkbox">
            <Box />
            <span>{option.label}</span>
          </AriaCheckbox>
        ))}
      </div>
      <FieldError />
    </AriaCheckboxGroup>
  );
}
