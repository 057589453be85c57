import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, FormActions, LinkButton, TextField } from '@commonground/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { adoptAccountLanguage, useSession } from '../../app/session';
import { ErrorAlert, useDocumentTitle } from '../../lib/components';
import { focusFirstInvalid, safeNext, useFormErrors } from '../../lib/forms';
import { SignInMutation } from './auth.documents';

export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.signInTitle'));
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { viewer, reload } = useSession();
  const invitation = params.get('invitation');
  const next = invitation ? `/invitations/${encodeURIComponent(invitation)}` : (safeNext(params.get('next')) ?? '/');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [signIn, { loading }] = useMutation(SignInMutation);
  const { setError, fieldErrors, others } = useFormErrors(['email', 'password']);
  const formRef = useRef<HTMLFormElement>(null);
  const expired = (location.state as { reason?: string } | null)?.reason === 'expired';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    try {
      const result = await signIn({ variables: { input: { email: email.trim(), password } } });
      await adoptAccountLanguage(result.data?.signIn.user.locale);
      await reload();
      navigate(next, { replace: true });
    } catch (error) {
      setError(error);
      focusFirstInvalid(formRef.current);
    }
  };

  // A wrong e-mail or password is not "your session has ended": say it plainly.
  const alertErrors = others.map((e) => (e.code === 'UNAUTHENTICATED' ? { ...e, code: 'BAD_USER_INPUT', message: t('auth.invalidCredentials') } : e));
  const signUpHref = invitation ? `/sign-up?invitation=${encodeURIComponent(invitation)}` : '/sign-up';

  return (
    <div className="cg-narrow">
      <h1>{t('auth.signInTitle')}</h1>
      {viewer ? (
        <Alert tone="info" title={t('auth.alreadySignedIn', { name: viewer.user.name })}>
          <LinkButton href={next} variant="primary">
            {t('auth.continue')}
          </LinkButton>
        </Alert>
      ) : null}
      {expired && !viewer ? <Alert tone="info" title={t('auth.sessionEnded')} /> : null}
      {invitation ? <Alert tone="info" title={t('auth.signInToAccept')} /> : null}
      <Card>
        <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} className="cg-form" aria-labelledby="sign-in-heading">
          <h2 id="sign-in-heading" className="cg-visually-hidden">
            {t('auth.signInTitle')}
          </h2>
          <ErrorAlert errors={alertErrors} />
          <TextField label={t('fields.email')} name="email" type="email" autoComplete="email" isRequired value={email} onChange={setEmail} />
          <TextField label={t('fields.password')} name="password" type="password" autoComplete="current-password" isRequired value={password} onChange={setPassword} />
          <FormActions>
            <Button type="submit" variant="primary" isDisabled={loading}>
              {loading ? t('auth.signingIn') : t('auth.signIn')}
            </Button>
          </FormActions>
        </Form>
      </Card>
      <p className="cg-after-card">
        {t('auth.noAccount')} <Link href={signUpHref}>{t('auth.createAccount')}</Link>
      </p>
    </div>
  );
}
