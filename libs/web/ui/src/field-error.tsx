import { FieldError as AriaFieldError } from 'react-aria-components';
import { useUiStrings } from './strings';

/** Shows a field's error: server-side messages as given, native validation in the reader's language. */
export function FieldError({ minLength }: { minLength?: number }) {
  const strings = useUiStrings();
  return (
    <AriaFieldError className="cg-field-error">
      {({ validationDetails, validationErrors }) => {
        if (validationDetails.valueMissing) return strings.required;
        if (validationDetails.typeMismatch) return validationErrors[0] && /url/i.test(validationErrors[0]) ? strings.invalidUrl : strings.invalidEmail;
        if (validationDetails.tooShort && minLength) return strings.tooShort(minLength);
        return validationErrors.join(' ') || strings.invalid;
      }}
    </AriaFieldError>
  );
}
