import { useMutation } from '@apollo/client/react';
import { Button, CheckboxField, CheckboxGroupField, ComboBoxField, FormActions, TextField } from '@commonground/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { OrganizationKind, SizeBand, TierFieldsFragment, TierInput } from '../../gql/graphql';
import { ErrorAlert } from '../../lib/components';
import { focusFirstInvalid, useValidationErrors } from '../../lib/forms';
import { useReference } from '../../lib/reference';
import { CreateTierMutation, UpdateTierMutation } from './membership.documents';
import { useMoney } from './membership-components';
import { currencyOptions, decimalInputValue } from './money';

interface Values {
  name: string;
  annualFee: string;
  currency: string | null;
  weight: string;
  eligibleKinds: string[];
  eligibleSizeBands: string[];
  capAmount: string;
  capPercent: string;
  benefits: string;
  auditLibraryAccess: boolean;
}

/** The form field an API error names: "input.annualFee.amountMinor" -> "annualFee". */
function tierField(path: string): string | null {
  const parts = path.split('.');
  if (parts[0] === 'input') parts.shift();
  const [first, second] = parts;
  if (first === 'annualFee') return second === 'currency' ? 'currency' : 'annualFee';
  if (first && ['name', 'weight', 'capAmount', 'capPercent', 'eligibleKinds', 'eligibleSizeBands', 'benefits', 'auditLibraryAccess'].includes(first)) return first;
  return null;
}

/** Creates a tier (no `tier`) or edits one; for the secretariat. */
export function TierForm({
  initiativeId,
  tier,
  defaultCurrency,
  onDone,
  onCancel,
}: {
  initiativeId: string;
  tier?: TierFieldsFragment;
  defaultCurrency: string;
  onDone: (tier: TierFieldsFragment) => void | Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const reference = useReference();
  const money = useMoney();
  const [values, setValues] = useState<Values>(() => ({
    name: tier?.name ?? '',
    annualFee: tier ? money.inputValue(tier.annualFee) : '',
    currency: tier?.annualFee.currency ?? defaultCurrency,
    weight: tier ? decimalInputValue(tier.weight, money.language) : '1',
    eligibleKinds: tier?.eligibleKinds ?? [],
    eligibleSizeBands: tier?.eligibleSizeBands ?? [],
    capAmount: tier?.capAmount ? money.inputValue(tier.capAmount) : '',
    capPercent: tier?.capPercent != null ? decimalInputValue(tier.capPercent, money.language) : '',
    benefits: tier?.benefits.join('\n') ?? '',
    auditLibraryAccess: tier?.auditLibraryAccess ?? false,
  }));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(undefined);
  const [create, createState] = useMutation(CreateTierMutation);
  const [update, updateState] = useMutation(UpdateTierMutation);
  const formRef = useRef<HTMLFormElement>(null);
  const saving = createState.loading || updateState.loading;
  const { fieldErrors, others } = useValidationErrors(error, tierField, localErrors);
  const set = <K extends keyof Values>(key: K) => (value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const formId = tier ? `tier-form-${tier.id}` : 'tier-form-new';

  /** The input for the API, or the messages of the fields that are not right. */
  const read = (): { input?: TierInput; errors: Record<string, string> } => {
    const errors: Record<string, string> = {};
    const currency = values.currency ?? '';
    if (!currency) errors.currency = t('validation.required');
    const fee = money.parse(values.annualFee, currency || 'EUR');
    if (!fee.ok) errors.annualFee = fee.error;
    const weight = money.parseNumber(values.weight);
    if (!weight.ok || weight.value <= 0 || weight.value > 10000) errors.weight = t('tiers.form.weightError');
    let capAmount: number | null = null;
    if (values.capAmount.trim()) {
      const cap = money.parse(values.capAmount, currency || 'EUR');
      if (!cap.ok) errors.capAmount = cap.error;
      else capAmount = cap.minor;
    }
    let capPercent: number | null = null;
    if (values.capPercent.trim()) {
      const percent = money.parseNumber(values.capPercent.replace(/%\s*$/, ''));
      if (!percent.ok || percent.value < 0 || percent.value > 100) errors.capPercent = t('tiers.form.capPercentError');
      else capPercent = percent.value;
    }
    if (Object.keys(errors).length || !fee.ok || !weight.ok) return { errors };
    return {
      errors,
      input: {
        name: values.name.trim(),
        annualFee: { amountMinor: fee.minor, currency },
        weight: weight.value,
        eligibleKinds: values.eligibleKinds as OrganizationKind[],
        eligibleSizeBands: values.eligibleSizeBands as SizeBand[],
        capAmount: capAmount === null ? null : { amountMinor: capAmount, currency },
        capPercent,
        benefits: values.benefits
          .split('\n')
          .map((b) => b.trim())
          .filter(Boolean),
        auditLibraryAccess: values.auditLibraryAccess,
      },
    };
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    const { input, errors } = read();
    setLocalErrors(errors);
    if (!input) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      const result = tier
        ? (await update({ variables: { id: tier.id, input } })).data!.updateTier
        : (await create({ variables: { initiativeId, input } })).data!.createTier;
      await onDone(result);
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    }
  };

  const title = tier ? t('tiers.form.editTitle', { name: tier.name }) : t('tiers.form.createTitle');
  return (
    <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} className="cg-form" aria-label={title} id={formId}>
      <ErrorAlert errors={others} />
      <TextField label={t('tiers.form.name')} name="name" isRequired maxLength={80} value={values.name} onChange={set('name')} description={t('tiers.form.nameHelp')} />
      <div className="cg-fields-row">
        <TextField label={t('tiers.form.annualFee')} name="annualFee" isRequired inputMode="decimal" value={values.annualFee} onChange={set('annualFee')} placeholder={t('tiers.form.amountPlaceholder')} />
        <ComboBoxField label={t('money.currency')} name="currency" isRequired options={currencyOptions(money.language)} value={values.currency} onChange={set('currency')} placeholder={t('fields.typeToSearch')} />
      </div>
      <TextField label={t('tiers.form.weight')} name="weight" isRequired inputMode="decimal" value={values.weight} onChange={set('weight')} description={t('tiers.form.weightHelp')} />
      <CheckboxGroupField
        label={t('tiers.form.eligibleKinds')}
        name="eligibleKinds"
        options={reference.kinds.filter((k) => k.id !== 'SECRETARIAT')}
        value={values.eligibleKinds}
        onChange={set('eligibleKinds')}
        description={t('tiers.form.eligibleKindsHelp')}
        columns
      />
      <CheckboxGroupField
        label={t('tiers.form.eligibleSizeBands')}
        name="eligibleSizeBands"
        options={reference.sizeBands}
        value={values.eligibleSizeBands}
        onChange={set('eligibleSizeBands')}
        description={t('tiers.form.eligibleSizeBandsHelp')}
      />
      <fieldset className="cg-fieldset">
        <legend>{t('tiers.form.capLegend')}</legend>
        <p className="cg-description">{t('tiers.form.capHelp')}</p>
        <div className="cg-fields-row">
          <TextField label={t('tiers.form.capAmount')} name="capAmount" inputMode="decimal" value={values.capAmount} onChange={set('capAmount')} description={t('tiers.form.capAmountHelp', { currency: values.currency ?? '' })} />
          <TextField label={t('tiers.form.capPercent')} name="capPercent" inputMode="decimal" value={values.capPercent} onChange={set('capPercent')} description={t('tiers.form.capPercentHelp')} />
        </div>
      </fieldset>
      <TextField label={t('tiers.form.benefits')} name="benefits" multiline rows={3} value={values.benefits} onChange={set('benefits')} description={t('tiers.form.benefitsHelp')} />
      <CheckboxField name="auditLibraryAccess" isSelected={values.auditLibraryAccess} onChange={set('auditLibraryAccess')} description={t('tiers.form.auditLibraryHelp')}>
        {t('tiers.form.auditLibrary')}
      </CheckboxField>
      <FormActions>
        <Button type="submit" variant="primary" isDisabled={saving}>
          {saving ? t('common.saving') : tier ? t('tiers.form.save') : t('tiers.form.create')}
        </Button>
        <Button variant="quiet" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </FormActions>
    </Form>
  );
}
