import { useQuery } from '@apollo/client/react';
import { Button } from '@commonground/web-ui';
import { useEffect, useId, useRef, useState, type Key } from 'react';
import { Button as AriaButton, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { GlossaryTermSearchQuery } from './glossary.documents';
import { pickLabel, TermLabel, type Localized } from './glossary-helpers';

export interface PickedTerm {
  id: string;
  slug: string;
  labels: readonly Localized[];
}

/**
 * Chooses terms (broader, related…): a combo box that searches the glossary as
 * one types, and the chosen terms listed with a button to remove each.
 */
export function TermPicker({
  label,
  name,
  value,
  onChange,
  exclude,
  language,
  description,
  errorMessage,
}: {
  label: string;
  name: string;
  value: readonly PickedTerm[];
  onChange: (value: PickedTerm[]) => void;
  exclude: readonly string[];
  language: string;
  description?: string;
  errorMessage?: string;
}) {
  const { t } = useTranslation();
  const listId = useId();
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  // after a pick the combo box starts afresh (closed, empty) and keeps the focus
  const [round, setRound] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    inputRef.current?.focus();
  }, [round]);
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(input.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [input]);
  const { data, loading } = useQuery(GlossaryTermSearchQuery, { variables: { query: query || null, first: 20 } });
  const taken = new Set([...exclude, ...value.map((v) => v.id)]);
  const items = (data?.terms.edges.map((e) => e.node) ?? []).filter((node) => !taken.has(node.id)).map((node) => ({ ...node, name: pickLabel(node.labels, language, node.slug).text }));

  const add = (key: Key | null) => {
    if (key == null) return;
    const found = items.find((i) => i.id === key);
    if (!found) return;
    onChange([...value, { id: found.id, slug: found.slug, labels: found.labels }]);
    setInput('');
    setAnnouncement(t('glossary.picker.added', { term: found.name, label }));
    refocus.current = true;
    setRound((r) => r + 1);
  };

  return (
    <div className="cg-term-picker">
      <ComboBox
        key={round}
        name={name}
        items={items}
        inputValue={input}
        onInputChange={setInput}
        selectedKey={null}
        onSelectionChange={add}
        menuTrigger="input"
        allowsEmptyCollection
        isInvalid={errorMessage ? true : undefined}
        className="cg-field"
        aria-describedby={value.length ? listId : undefined}
      >
        <Label className="cg-label">{label}</Label>
        <div className="cg-combobox">
          <Input ref={inputRef} className="cg-input" placeholder={t('glossary.picker.placeholder')} />
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
            {(item: (typeof items)[number]) => (
              <ListBoxItem id={item.id} className="cg-option" textValue={item.name}>
                {item.name} <span className="cg-muted cg-small">({item.slug})</span>
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      <p className="cg-visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {value.length ? (
        <ul className="cg-chips" id={listId} aria-label={t('glossary.picker.chosen', { label })}>
          {value.map((term) => (
            <li key={term.id} className="cg-chip">
              <TermLabel labels={term.labels} language={language} fallbackText={term.slug} />
              <Button
                variant="quiet"
                className="cg-chip__remove"
                onPress={() => {
                  onChange(value.filter((v) => v.id !== term.id));
                  setAnnouncement(t('glossary.picker.removed', { term: pickLabel(term.labels, language, term.slug).text, label }));
                  inputRef.current?.focus();
                }}
              >
                <span aria-hidden="true">✕</span>
                <span className="cg-visually-hidden">{t('glossary.picker.remove', { term: pickLabel(term.labels, language, term.slug).text })}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="cg-muted cg-small">{t('glossary.picker.none')}</p>
      )}
    </div>
  );
}
