import { ComboBoxField, SelectField, TextField } from '@commonground/web-ui';
import { useTranslation } from 'react-i18next';
import { useReference } from '../../lib/reference';

export interface OrganizationFormValues {
  name: string;
  kind: string | null;
  country: string | null;
  sizeBand: string | null;
  website: string;
}

export const ORGANIZATION_FIELDS = ['name', 'kind', 'country', 'sizeBand', 'website'] as const;

/** The fields of an organization's profile; `withKind` for a new organization (the kind is fixed afterwards). */
export function OrganizationFields({ values, onChange, withKind }: { values: OrganizationFormValues; onChange: (values: OrganizationFormValues) => void; withKind?: boolean }) {
  const { t } = useTranslation();
  const reference = useReference();
  const set = <K extends keyof OrganizationFormValues>(key: K) => (value: OrganizationFormValues[K]) => onChange({ ...values, [key]: value });
  const NONE = '';
  return (
    <>
      <TextField label={t('fields.organizationName')} name="name" isRequired minLength={2} maxLength={160} autoComplete="organization" value={values.name} onChange={set('name')} />
      {withKind ? (
        <SelectField label={t('fields.kind')} name="kind" isRequired options={reference.kinds} value={values.kind} onChange={set('kind')} placeholder={t('fields.choose')} description={t('org.kindHelp')} />
      ) : null}
      <ComboBoxField label={t('fields.country')} name="country" options={reference.countries} value={values.country} onChange={set('country')} placeholder={t('fields.typeToSearch')} />
      <SelectField
        label={t('fields.sizeBand')}
        name="sizeBand"
        options={[{ id: NONE, label: t('fields.notSaid') }, ...reference.sizeBands]}
        value={values.sizeBand ?? NONE}
        onChange={(value) => set('sizeBand')(value ? value : null)}
      />
      <TextField label={t('fields.website')} name="website" type="url" autoComplete="url" maxLength={500} value={values.website} onChange={set('website')} placeholder="https://" description={t('org.websiteHelp')} />
    </>
  );
}
