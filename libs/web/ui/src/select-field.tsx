import type { Key, ReactNode } from 'react';
import {
  Button as AriaButton,
  ComboBox,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  useFilter,
} from 'react-aria-components';
import { FieldError } from './field-error';
import { useUiStrings } from './strings';

export interface Option {
  id: string;
  label: string;
}

interface BaseProps {
  label: ReactNode;
  name: string;
  options: readonly Option[];
  value: string | null;
  onChange: (value: string | null) => void;
  description?: ReactNode;
  isRequired?: boolean;
  isDisabled?: boolean;
  placeholder?: string;
  errorMessage?: string;
  className?: string;
  /** Hide the visible label (an aria-label is still given). */
  labelHidden?: boolean;
}

function FieldLabel({ label, isRequired, hidden }: { label: ReactNode; isRequired?: boolean; hidden?: boolean }) {
  return (
    <Label className={hidden ? 'cg-label cg-visually-hidden' : 'cg-label'}>
      {label}
      {isRequired ? <span className="cg-required" aria-hidden="true"> *</span> : null}
    </Label>
  );
}

/** A single choice among a short list. */
export function SelectField({ label, name, options, value, onChange, description, isRequired, isDisabled, placeholder, errorMessage, className, labelHidden }: BaseProps) {
  return (
    <Select
      name={name}
      value={value}
      onChange={(key: Key | null) => onChange(key == null ? null : String(key))}
      isRequired={isRequired}
      isDisabled={isDisabled}
      placeholder={placeholder}
      isInvalid={errorMessage ? true : undefined}
      validate={errorMessage ? () => errorMessage : undefined}
      className={['cg-field', className].filter(Boolean).join(' ')}
    >
      <FieldLabel label={label} isRequired={isRequired} hidden={labelHidden} />
      <AriaButton className="cg-input cg-select-button">
        <SelectValue className="cg-select-value" />
        <span aria-hidden="true" className="cg-chevron">▾</span>
      </AriaButton>
      {description ? (
        <Text slot="description" className="cg-description">
          {description}
        </Text>
      ) : null}
      <FieldError />
      <Popover className="cg-popover">
        <ListBox className="cg-listbox" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="cg-option" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

/** A single choice among a long list, filtered as one types (e.g. countries). */
export function ComboBoxField({ label, name, options, value, onChange, description, isRequired, isDisabled, placeholder, errorMessage, className, labelHidden }: BaseProps) {
  const { contains } = useFilter({ sensitivity: 'base' });
  const strings = useUiStrings();
  return (
    <ComboBox
      name={name}
      formValue="key"
      value={value}
      onChange={(key: Key | null) => onChange(key == null ? null : String(key))}
      defaultItems={options}
      defaultFilter={contains}
      isRequired={isRequired}
      isDisabled={isDisabled}
      menuTrigger="focus"
      allowsEmptyCollection
      isInvalid={errorMessage ? true : undefined}
      validate={errorMessage ? () => errorMessage : undefined}
      className={['cg-field', className].filter(Boolean).join(' ')}
    >
      <FieldLabel label={label} isRequired={isRequired} hidden={labelHidden} />
      <div className="cg-combobox">
        <Input className="cg-input" placeholder={placeholder} />
        <AriaButton className="cg-combobox-button">
          <span aria-hidden="true" className="cg-chevron">▾</span>
        </AriaButton>
      </div>
      {description ? (
        <Text slot="description" className="cg-description">
          {description}
        </Text>
      ) : null}
      <FieldError />
      <Popover className="cg-popover">
        <ListBox className="cg-listbox" renderEmptyState={() => <div className="cg-option cg-option--empty">{strings.noResults}</div>}>
          {(option: Option) => (
            <ListBoxItem id={option.id} className="cg-option" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
