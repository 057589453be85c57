import './styles.css';

export { UiStringsProvider, useUiStrings, type UiStrings } from './strings';
export { Button, LinkButton, type ButtonProps, type ButtonVariant, type LinkButtonProps } from './button';
export { TextField, type TextFieldProps } from './text-field';
export { SelectField, ComboBoxField, type Option } from './select-field';
export { FieldError } from './field-error';
export { Alert, Loading, EmptyState, Badge, type AlertTone, type BadgeTone } from './feedback';
export { PageHeader, Card, Section, FormActions, DefinitionList } from './layout';
export { ConfirmButton } from './dialog';
export { LinkifiedText } from './linkified-text';
