import type { FormEvent, ReactNode } from 'react';
import { Input, Label, Text, TextArea, TextField as AriaTextField } from 'react-aria-components';
import { FieldError } from './field-error';

export interface TextFieldProps {
  label: ReactNode;
  name: string;
  value?: string;
  defaultValue?: string;
  onChange?: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'url' | 'search' | 'tel' | 'date';
  /** A hint for on-screen keyboards, e.g. "decimal" for amounts. */
  inputMode?: 'text' | 'decimal' | 'numeric';
  description?: ReactNode;
  isRequired?: boolean;
  isDisabled?: boolean;
  autoComplete?: string;
  autoFocus?: boolean;
  minLength?: number;
  maxLength?: number;
  multiline?: boolean;
  rows?: number;
  /** An error to show regardless of the form's state (e.g. from the server). */
  errorMessage?: string;
  placeholder?: string;
  className?: string;
}

/**
 * react-aria updates a field's error when its value is committed (on blur). Once an error
 * shows, update it as the reader types instead: the message goes away as soon as the value
 * is right, and the page does not shift under the pointer when they then press "Submit".
 */
function revalidateWhileInvalid(event: FormEvent<HTMLInputElement | HTMLTextAreaElement>) {
  const input = event.currentTarget;
  if (input.getAttribute('aria-invalid') === 'true') input.dispatchEvent(new Event('change'));
}

export function TextField({ label, description, multiline, rows = 5, errorMessage, minLength, maxLength, placeholder, className, inputMode, ...props }: TextFieldProps) {
  return (
    <AriaTextField
      {...props}
      minLength={minLength}
      maxLength={maxLength}
      isInvalid={errorMessage ? true : undefined}
      validate={errorMessage ? () => errorMessage : undefined}
      className={['cg-field', className].filter(Boolean).join(' ')}
    >
      <Label className="cg-label">
        {label}
        {props.isRequired ? <span className="cg-required" aria-hidden="true"> *</span> : null}
      </Label>
      {multiline ? <TextArea className="cg-input cg-textarea" rows={rows} placeholder={placeholder} onInput={revalidateWhileInvalid} /> : <Input className="cg-input" placeholder={placeholder} inputMode={inputMode} onInput={revalidateWhileInvalid} />}
      {description ? (
        <Text slot="description" className="cg-description">
          {description}
        </Text>
      ) : null}
      <FieldError minLength={minLength} />
    </AriaTextField>
  );
}
