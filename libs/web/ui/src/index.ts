import './styles.css';

export { UiStringsProvider, useUiStrings, type UiStrings } from './strings';
export { Button, LinkButton, type ButtonProps, type ButtonVariant, type LinkButtonProps } from './button';
export { TextField, type TextFieldProps } from './text-field';
export { SelectField, ComboBoxField, type Option } from './select-field';
export { FieldError } from './field-error';
export { Alert, Loading, EmptyState, Badge, type AlertTone, type BadgeTone } from './feedback';
export { PageHeader, Card, Section, FormActions, DefinitionList, TableWrap } from './layout';
export { ConfirmButton, DialogButton } from './dialog';
export { CheckboxField, CheckboxGroupField } from './checkbox';
export { BarChart, ColumnChart, type ChartDatum, type ChartProps, type ChartTone } from './chart';
export { LinkifiedText } from './linkified-text';
export { TextDiff, TextDiffLegend, countChanges, type TextDiffKind, type TextDiffLabels, type TextDiffPart } from './text-diff';
export { RadioGroupField } from './radio-group';
export { NoteIcon } from './note-icon';
export { MeterBar, type MeterSegment, type MeterTone } from './meter';
