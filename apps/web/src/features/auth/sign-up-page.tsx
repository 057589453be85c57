import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, ComboBoxField, FormActions, LinkButton, Loading, SelectField, TextField } from '@commonground/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { OrganizationKind } from '../../gql/graphql';
import { currentLanguage } from '../../i18n';
import { SetLocaleMutation, useSession } from '../../app/session';
import { ErrorAlert, useDocumentTitle } from '../../lib/components';
import { focusFirstInvalid, optional, useFormErrors } from '../../lib/forms';
import { useReference } from '../../lib/reference';
import { InvitationPreviewQuery, SignUpMutation } from './auth.documents';
import { InvitationSummary } from './invitation-summary';

const PASSWORD_MIN_LENGTH = 10;
const FIELDS = ['name', 'email', 'password', 'organizationName', 'organizationKind', 'country'] as const;

export function SignUpPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.signUpTitle'));
  const [params] = useSearchParams();
  const token = params.get('invitation');
  const { viewer, reload } = useSession();
  const navigate = useNavigate();
  const reference = useReference();
  const preview = useQuery(InvitationPreviewQuery, { variables: { token: token ?? '' }, skip: !token });
  const invitation = preview.data?.invitation ?? null;

  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [emailTouched, setEmailTouched] = useState(false);
  const [password, setPassword] = useState('');
  const [organizationName, setOrganizationName] = useState('');
  const [organizationKind, setOrganizationKind] = useState<string | null>(null);
  const [country, setCountry] = useState<string | null>(null);
  const [signUp, { loading }] = useMutation(SignUpMutation);
  const [setLocale] = useMutation(SetLocaleMutation);
  const { setError, fieldErrors, others } = useFormErrors(FIELDS);
  const formRef = useRef<HTMLFormElement>(null);

  const joining = Boolean(token);
  const invitationUsable = invitation?.status === 'PENDING';
  const shownEmail = emailTouched ? email : email || invitation?.email || '';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    try {
      const result = await signUp({
        variables: {
          input: joining
            ? { name: name.trim(), email: shownEmail.trim(), password, invitationToken: token }
            : {
                name: name.trim(),
                email: shownEmail.trim(),
                password,
                organizationName: optional(organizationName),
                organizationKind: organizationKind as OrganizationKind | null,
                country,
              },
        },
      });
      const language = currentLanguage();
      if (result.data && result.data.signUp.user.locale !== language) {
        try {
          await setLocale({ variables: { locale: language } });
        } catch {
          // the account keeps its default language; this browser keeps the choice
        }
      }
      await reload();
      const organization = result.data?.signUp.activeOrganization;
      navigate(organization ? `/organizations/${organization.slug}` : '/', { replace: true, state: joining ? { joined: true } : { welcome: true } });
    } catch (error) {
      setError(error);
      focusFirstInvalid(formRef.current);
    }
  };

  if (viewer) {
    return (
      <div className="cg-narrow">
        <h1>{t('auth.signUpTitle')}</h1>
        <Alert tone="info" title={t('auth.alreadySignedIn', { name: viewer.user.name })}>
          {token ? (
            <LinkButton href={`/invitations/${encodeURIComponent(token)}`} variant="primary">
              {t('invitation.open')}
            </LinkButton>
          ) : (
            <LinkButton href="/" variant="primary">
              {t('auth.continue')}
            </LinkButton>
          )}
        </Alert>
      </div>
    );
  }

  return (
    <div className="cg-narrow">
      <h1>{joining ? t('auth.signUpToJoinTitle') : t('auth.signUpTitle')}</h1>
      <p className="cg-lead">{joining ? t('auth.signUpToJoinLead') : t('auth.signUpLead')}</p>
      {joining ? (
        preview.loading ? (
          <Loading label={t('invitation.loading')} />
        ) : preview.error ? (
          <ErrorAlert error={preview.error} />
        ) : !invitation ? (
          <Alert tone="error" title={t('invitation.invalid')}>
            <p>{t('invitation.invalidHelp')}</p>
          </Alert>
        ) : (
          <InvitationSummary invitation={invitation} />
        )
      ) : null}
      {joining && (!invitation || !invitationUsable) && !preview.loading ? null : (
        <Card>
          <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} className="cg-form" aria-label={t('auth.signUpTitle')}>
            <ErrorAlert errors={others} />
            <fieldset className="cg-fieldset">
              <legend>{t('auth.aboutYou')}</legend>
              <TextField label={t('fields.fullName')} name="name" autoComplete="name" isRequired maxLength={120} value={name} onChange={setName} />
              <TextField
                label={t('fields.email')}
                name="email"
                type="email"
                autoComplete="email"
                isRequired
                value={shownEmail}
                onChange={(value) => {
                  setEmailTouched(true);
                  setEmail(value);
                }}
                description={joining ? t('auth.invitedEmailHelp') : undefined}
              />
              <TextField
                label={t('fields.password')}
                name="password"
                type="password"
                autoComplete="new-password"
                isRequired
                minLength={PASSWORD_MIN_LENGTH}
                value={password}
                onChange={setPassword}
                description={t('auth.passwordHelp', { count: PASSWORD_MIN_LENGTH })}
              />
            </fieldset>
            {joining ? null : (
              <fieldset className="cg-fieldset">
                <legend>{t('auth.yourOrganization')}</legend>
                <p className="cg-description">{t('auth.yourOrganizationHelp')}</p>
                <TextField label={t('fields.organizationName')} name="organizationName" autoComplete="organization" isRequired minLength={2} maxLength={160} value={organizationName} onChange={setOrganizationName} />
                <SelectField label={t('fields.kind')} name="organizationKind" isRequired options={reference.kinds} value={organizationKind} onChange={setOrganizationKind} placeholder={t('fields.choose')} />
                <ComboBoxField label={t('fields.country')} name="country" options={reference.countries} value={country} onChange={setCountry} placeholder={t('fields.typeToSearch')} />
              </fieldset>
            )}
            <FormActions>
              <Button type="submit" variant="primary" isDisabled={loading}>
                {loading ? t('auth.creatingAccount') : joining ? t('auth.signUpAndJoin') : t('auth.createAccount')}
              </Button>
            </FormActions>
          </Form>
        </Card>
      )}
      <p className="cg-after-card">
        {t('auth.haveAccount')}{' '}
        <Link href={token ? `/sign-in?invitation=${encodeURIComponent(token)}` : '/sign-in'}>{t('auth.signIn')}</Link>
      </p>
    </div>
  );
}
