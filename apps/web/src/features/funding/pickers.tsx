import { useQuery } from '@apollo/client/react';
import { Button, TextField, type Option } from '@commonground/web-ui';
import { useEffect, useId, useRef, useState, type Key, type ReactNode } from 'react';
import { Button as AriaButton, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text, useFilter } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { OrganizationKind } from '../../gql/graphql';
import { OrganizationSearchQuery } from './funding.documents';

interface PickerShellProps {
  /** the accessible name of the chosen list and of the remove buttons */
  labelText: string;
  value: readonly Option[];
  onRemove: (id: string) => void;
  /** the combo box */
  children: (parts: { inputRef: React.RefObject<HTMLInputElement | null>; describedBy: string | undefined }) => ReactNode;
  announcement: string;
  setAnnouncement: (text: string) => void;
}

/** The chosen items under a picker, each with a button to remove it. */
function PickerShell({ labelText, value, onRemove, children, announcement, setAnnouncement }: PickerShellProps) {
  const { t } = useTranslation();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement | null>(null);
  return (
    <div className="cg-picker">
      {children({ inputRef, describedBy: value.length ? listId : undefined })}
      <p className="cg-visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {value.length ? (
        <ul className="cg-picker__chips" id={listId} aria-label={t('funding.picker.chosen', { label: labelText })}>
          {value.map((item) => (
            <li key={item.id} className="cg-picker__chip">
              <span>{item.label}</span>
              <Button
                variant="quiet"
                className="cg-picker__remove"
                onPress={() => {
                  onRemove(item.id);
                  setAnnouncement(t('funding.picker.removed', { item: item.label, label: labelText }));
                  inputRef.current?.focus();
                }}
              >
                <span aria-hidden="true">✕</span>
                <span className="cg-visually-hidden">{t('funding.picker.remove', { item: item.label })}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="cg-muted cg-small">{t('funding.picker.none')}</p>
      )}
    </div>
  );
}

/**
 * The combo box of a picker: after a pick it starts afresh (empty, closed) and
 * keeps the focus. Validation is shown, not enforced natively: the chosen
 * items are the value, not the text typed in the box.
 */
function PickerComboBox({
  label,
  items,
  input,
  setInput,
  onPick,
  description,
  errorMessage,
  isRequired,
  inputRef,
  describedBy,
  emptyText,
  placeholder,
}: {
  label: ReactNode;
  items: readonly Option[];
  input: string;
  setInput: (text: string) => void;
  onPick: (option: Option) => void;
  description?: ReactNode;
  errorMessage?: string;
  isRequired?: boolean;
  inputRef: React.RefObject<HTMLInputElement | null>;
  describedBy: string | undefined;
  emptyText: string;
  placeholder?: string;
}) {
  const [round, setRound] = useState(0);
  const refocus = useRef(false);
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    inputRef.current?.focus();
  }, [round, inputRef]);
  const pick = (key: Key | null) => {
    if (key == null) return;
    const found = items.find((i) => i.id === key);
    if (!found) return;
    onPick(found);
    setInput('');
    refocus.current = true;
    setRound((r) => r + 1);
  };
  return (
    <ComboBox
      key={round}
      items={items}
      inputValue={input}
      onInputChange={setInput}
      selectedKey={null}
      onSelectionChange={pick}
      menuTrigger="input"
      allowsEmptyCollection
      validationBehavior="aria"
      isInvalid={errorMessage ? true : undefined}
      className="cg-field"
      aria-describedby={describedBy}
    >
      <Label className="cg-label">
        {label}
        {isRequired ? (
          <span className="cg-required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </Label>
      <div className="cg-combobox">
        <Input ref={inputRef} className="cg-input" placeholder={placeholder} aria-required={isRequired || undefined} />
        <AriaButton className="cg-combobox-button">
          <span aria-hidden="true" className="cg-chevron">
            ▾
          </span>
        </AriaButton>
      </div>
      {description ? (
        <Text slot="description" className="cg-description">
          {description}
        </Text>
      ) : null}
      {errorMessage ? (
        <Text slot="errorMessage" className="cg-field-error">
          {errorMessage}
        </Text>
      ) : null}
      <Popover className="cg-popover">
        <ListBox className="cg-listbox" renderEmptyState={() => <div className="cg-option cg-option--empty">{emptyText}</div>}>
          {(item: Option) => (
            <ListBoxItem id={item.id} className="cg-option" textValue={item.label}>
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

/** Several choices among a long fixed list (countries, regions), filtered as one types. */
export function MultiPicker({
  label,
  options,
  value,
  onChange,
  description,
  errorMessage,
  isRequired,
}: {
  label: string;
  options: readonly Option[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  description?: ReactNode;
  errorMessage?: string;
  isRequired?: boolean;
}) {
  const { t } = useTranslation();
  const { contains } = useFilter({ sensitivity: 'base' });
  const [input, setInput] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const chosen = value.map((id) => options.find((o) => o.id === id) ?? { id, label: id });
  // the items are given (not filtered by the combo box): filter them here
  const text = input.trim();
  const items = options.filter((o) => !value.includes(o.id) && (!text || contains(o.label, text) || o.id.toLowerCase() === text.toLowerCase()));
  return (
    <PickerShell labelText={label} value={chosen} onRemove={(id) => onChange(value.filter((v) => v !== id))} announcement={announcement} setAnnouncement={setAnnouncement}>
      {({ inputRef, describedBy }) => (
        <PickerComboBox
          label={label}
          items={items}
          input={input}
          setInput={setInput}
          onPick={(option) => {
            onChange([...value, option.id]);
            setAnnouncement(t('funding.picker.added', { item: option.label, label }));
          }}
          description={description}
          errorMessage={errorMessage}
          isRequired={isRequired}
          inputRef={inputRef}
          describedBy={describedBy}
          emptyText={t('common.noResults')}
          placeholder={t('fields.typeToSearch')}
        />
      )}
    </PickerShell>
  );
}

/** Organizations from the directory, searched as one types (partners, donors to invite). */
export function OrganizationPicker({
  label,
  value,
  onChange,
  kinds,
  exclude = [],
  description,
  errorMessage,
}: {
  label: string;
  value: readonly Option[];
  onChange: (value: Option[]) => void;
  kinds?: OrganizationKind[];
  exclude?: readonly string[];
  description?: ReactNode;
  errorMessage?: string;
}) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(input.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [input]);
  const { data, loading } = useQuery(OrganizationSearchQuery, { variables: { query: query || null, kinds: kinds ?? null, first: 20 } });
  const taken = new Set([...exclude, ...value.map((v) => v.id)]);
  const items = (data?.organizations.edges ?? []).map((e) => e.node).filter((o) => !taken.has(o.id)).map((o) => ({ id: o.id, label: o.name }));
  return (
    <PickerShell labelText={label} value={value} onRemove={(id) => onChange(value.filter((v) => v.id !== id))} announcement={announcement} setAnnouncement={setAnnouncement}>
      {({ inputRef, describedBy }) => (
        <PickerComboBox
          label={label}
          items={items}
          input={input}
          setInput={setInput}
          onPick={(option) => {
            onChange([...value, option]);
            setAnnouncement(t('funding.picker.added', { item: option.label, label }));
          }}
          description={description}
          errorMessage={errorMessage}
          inputRef={inputRef}
          describedBy={describedBy}
          emptyText={loading ? t('common.loading') : t('common.noResults')}
          placeholder={t('funding.picker.organizationPlaceholder')}
        />
      )}
    </PickerShell>
  );
}

export interface WeightedRow {
  value: string;
  /** as typed: a decimal number from 0 to 1 in the reader's language */
  weight: string;
}

/**
 * A weighted list (themes, minerals, countries, regions of a donor profile):
 * values are added with a combo box, each with a weight from 0 to 1 typed in a
 * field named `${name}.${index}.weight` (so that errors find their row).
 */
export function WeightedListField({
  legend,
  addLabel,
  name,
  options,
  rows,
  onChange,
  defaultWeight,
  description,
  errorMessage,
}: {
  legend: string;
  addLabel: string;
  name: string;
  options: readonly Option[];
  rows: readonly WeightedRow[];
  onChange: (rows: WeightedRow[]) => void;
  defaultWeight: string;
  description?: ReactNode;
  errorMessage?: string;
}) {
  const { t } = useTranslation();
  const { contains } = useFilter({ sensitivity: 'base' });
  const [input, setInput] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const inputRef = useRef<HTMLInputElement | null>(null);
  const nameOf = (value: string) => options.find((o) => o.id === value)?.label ?? value;
  const text = input.trim();
  const items = options.filter((o) => !rows.some((r) => r.value === o.id) && (!text || contains(o.label, text)));
  return (
    <fieldset className="cg-fieldset cg-weighted">
      <legend>{legend}</legend>
      {description ? <p className="cg-description">{description}</p> : null}
      <PickerComboBox
        label={addLabel}
        items={items}
        input={input}
        setInput={setInput}
        onPick={(option) => {
          onChange([...rows, { value: option.id, weight: defaultWeight }]);
          setAnnouncement(t('funding.picker.added', { item: option.label, label: legend }));
        }}
        errorMessage={errorMessage}
        inputRef={inputRef}
        describedBy={undefined}
        emptyText={t('common.noResults')}
        placeholder={t('fields.typeToSearch')}
      />
      <p className="cg-visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {rows.length ? (
        <ul className="cg-weighted__rows" aria-label={t('funding.picker.chosen', { label: legend })}>
          {rows.map((row, index) => (
            <li key={row.value} className="cg-weighted__row">
              <TextField
                label={t('funding.profile.weightOf', { name: nameOf(row.value) })}
                name={`${name}.${index}.weight`}
                inputMode="decimal"
                isRequired
                value={row.weight}
                onChange={(weight) => onChange(rows.map((r, i) => (i === index ? { ...r, weight } : r)))}
                className="cg-weighted__weight"
              />
              <Button
                variant="quiet"
                onPress={() => {
                  onChange(rows.filter((_, i) => i !== index));
                  setAnnouncement(t('funding.picker.removed', { item: nameOf(row.value), label: legend }));
                  inputRef.current?.focus();
                }}
              >
                <span aria-hidden="true">✕</span>
                <span className="cg-visually-hidden">{t('funding.picker.remove', { item: nameOf(row.value) })}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="cg-muted cg-small">{t('funding.picker.none')}</p>
      )}
    </fieldset>
  );
}
