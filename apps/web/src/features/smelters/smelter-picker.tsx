import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type Key, type ReactNode } from 'react';
import { Button as AriaButton, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Metal } from '../../gql/graphql';
import { SmelterListQuery } from './smelters.documents';

export interface PickedSmelter {
  id: string;
  name: string;
  cid: string | null;
  metal: Metal;
  country: string;
}

const labelOf = (s: PickedSmelter, metalName: (m: Metal) => string) => `${s.name} — ${s.cid ?? '—'} · ${metalName(s.metal)} · ${s.country}`;

/**
 * One smelter of the registry, searched as one types (name, alias or CID),
 * optionally of one metal. The chosen smelter is the value.
 */
export function SmelterPicker({
  label,
  name,
  value,
  onChange,
  metal,
  description,
  errorMessage,
  isRequired,
}: {
  label: ReactNode;
  name: string;
  value: PickedSmelter | null;
  onChange: (value: PickedSmelter | null) => void;
  metal?: Metal | null;
  description?: ReactNode;
  errorMessage?: string;
  isRequired?: boolean;
}) {
  const { t } = useTranslation();
  const metalName = (m: Metal) => t(`smelters.metal.${m}`);
  const [input, setInput] = useState(value ? labelOf(value, metalName) : '');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(input.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [input]);
  const searching = !value || input !== labelOf(value, metalName);
  const { data, loading } = useQuery(SmelterListQuery, { variables: { query: searching ? query || null : null, metals: metal ? [metal] : null, first: 20 } });
  const found = (data?.smelters.edges ?? []).map((e) => e.node);
  const items = [...(value && !found.some((s) => s.id === value.id) ? [value] : []), ...found].map((s) => ({ id: s.id, label: labelOf(s, metalName), smelter: s }));
  const pick = (key: Key | null) => {
    const item = items.find((i) => i.id === key);
    if (!item) return;
    onChange(item.smelter);
    setInput(item.label);
  };
  return (
    <ComboBox
      name={name}
      items={items}
      inputValue={input}
      onInputChange={(text) => {
        setInput(text);
        if (value && text !== labelOf(value, metalName)) onChange(null);
      }}
      selectedKey={value?.id ?? null}
      onSelectionChange={pick}
      menuTrigger="focus"
      allowsEmptyCollection
      validationBehavior="aria"
      isInvalid={errorMessage ? true : undefined}
      className="cg-field cg-smelter-picker"
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
        <Input className="cg-input" placeholder={t('smelters.picker.placeholder')} aria-required={isRequired || undefined} />
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
        <ListBox className="cg-listbox" renderEmptyState={() => <div className="cg-option cg-option--empty">{loading ? t('common.loading') : t('common.noResults')}</div>}>
          {(item: { id: string; label: string }) => (
            <ListBoxItem id={item.id} className="cg-option" textValue={item.label}>
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
