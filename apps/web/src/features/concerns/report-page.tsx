import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, PageHeader } from '@commonground/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { ErrorAlert, useDocumentTitle } from '../../lib/components';
import { apiErrors, type ApiError } from '../../lib/errors';
import { countryOptions } from '../../lib/reference';
import { SmelterPicker, type PickedSmelter } from '../smelters/smelter-picker';
import { FileConcernMutation } from './concerns.documents';
import { CATEGORIES, EVIDENCE_ACCEPT, MAX_EVIDENCE_BYTES, uploadEvidence } from './concerns-components';

const PresetSmelterQuery = graphql(`
  query ConcernPresetSmelter($id: ID!) {
    smelter(id: $id) {
      id
      name
      cid
      metal
      country
    }
  }
`);

const LANGUAGES = ['en', 'fr', 'es', 'sw', 'pt', 'ln', 'rw', 'zh', 'id'];

/**
 * /concerns/report — anyone files a concern, signed in or not. Plain form
 * controls (light on a slow phone); the follow-up code is shown once at the end.
 */
export function ReportConcernPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('concerns.report.title'));
  const [params] = useSearchParams();
  const preset = params.get('smelter');
  const presetSmelter = useQuery(PresetSmelterQuery, { variables: { id: preset ?? '' }, skip: !preset });
  const [about, setAbout] = useState<'smelter' | 'place'>('smelter');
  const [smelter, setSmelter] = useState<PickedSmelter | null>(null);
  const picked = smelter ?? (presetSmelter.data?.smelter && !smelter ? presetSmelter.data.smelter : null);
  const [anonymous, setAnonymous] = useState(true);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [uploadErrors, setUploadErrors] = useState<string[]>([]);
  const [filed, setFiled] = useState<{ reference: string; code: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const files = useRef<HTMLInputElement>(null);
  const [fileConcern] = useMutation(FileConcernMutation);
  const countries = countryOptions(i18n.language);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const local: Record<string, string> = {};
    if (about === 'smelter' && !picked) local.smelter = t('concerns.report.errors.smelter');
    if (about === 'place' && !value('country')) local.country = t('concerns.report.errors.country');
    if (!value('description')) local.description = t('validation.required');
    const chosen = [...(files.current?.files ?? [])];
    if (chosen.some((f) => f.size > MAX_EVIDENCE_BYTES)) local.files = t('concerns.evidence.tooLarge');
    setFieldErrors(local);
    setErrors([]);
    if (Object.keys(local).length) return;
    const number = (name: string) => (value(name) ? Number(value(name).replace(',', '.')) : null);
    setBusy(true);
    try {
      const { data } = await fileConcern({
        variables: {
          input: {
            smelterId: about === 'smelter' ? picked!.id : null,
            country: about === 'place' ? value('country') : null,
            place: about === 'place' ? value('place') || null : null,
            latitude: about === 'place' ? number('latitude') : null,
            longitude: about === 'place' ? number('longitude') : null,
            category: value('category') as (typeof CATEGORIES)[number],
            description: value('description'),
            language: value('language') || i18n.language,
            happenedOn: value('happenedOn') ? new Date(`${value('happenedOn')}T00:00:00Z`).toISOString() : null,
            anonymous,
            reporterName: anonymous ? null : value('reporterName') || null,
            reporterContact: anonymous ? null : value('reporterContact') || null,
            shareIdentityWithCompanies: anonymous ? false : form.get('share') === 'on',
          },
        },
      });
      const result = data!.fileConcern;
      const failed: string[] = [];
      for (const file of chosen) {
        const sent = await uploadEvidence(result.concern.id, file, result.followUpCode);
        if (!sent.ok) failed.push(`${file.name}: ${sent.message || t('errors.INTERNAL_SERVER_ERROR')}`);
      }
      setUploadErrors(failed);
      setFiled({ reference: result.concern.reference, code: result.followUpCode });
      window.scrollTo(0, 0);
    } catch (e) {
      const list = apiErrors(e);
      const byField: Record<string, string> = {};
      for (const err of list) if (err.field) byField[err.field.replace(/^input\./, '')] = err.message;
      setFieldErrors(byField);
      setErrors(list.filter((err) => !err.field));
    } finally {
      setBusy(false);
    }
  };

  if (filed) {
    return (
      <div className="cg-concern-light">
        <PageHeader title={t('concerns.report.doneTitle')} description={t('concerns.report.doneLead', { reference: filed.reference })} />
        <div className="cg-concern-code" role="status">
          <p>{t('concerns.report.yourCode')}</p>
          <p className="cg-concern-code__value" data-testid="follow-up-code">
            {filed.code}
          </p>
        </div>
        <Alert tone="warning" title={t('concerns.report.keepTitle')}>
          <p>{t('concerns.report.keepBody')}</p>
        </Alert>
        {uploadErrors.length ? (
          <Alert tone="error" title={t('concerns.evidence.someFailed')}>
            <ul>
              {uploadErrors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        <p>
          <a href="/concerns/follow-up">{t('concerns.report.followUpLink')}</a>
        </p>
      </div>
    );
  }

  const error = (name: string) =>
    fieldErrors[name] ? (
      <p className="cg-field-error" id={`${name}-error`}>
        {fieldErrors[name]}
      </p>
    ) : null;
  const described = (name: string) => (fieldErrors[name] ? `${name}-error` : undefined);

  return (
    <div className="cg-concern-light">
      <PageHeader title={t('concerns.report.title')} description={t('concerns.report.lead')} />
      <Alert tone="info" title={t('concerns.report.safetyTitle')}>
        <p>{t('concerns.report.safetyBody')}</p>
      </Alert>
      <ErrorAlert errors={errors} />
      <form className="cg-form cg-concern-form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="cg-fieldset">
          <legend>{t('concerns.report.aboutLegend')}</legend>
          <label className="cg-radio-line">
            <input type="radio" name="about" value="smelter" checked={about === 'smelter'} onChange={() => setAbout('smelter')} /> {t('concerns.report.aboutSmelter')}
          </label>
          <label className="cg-radio-line">
            <input type="radio" name="about" value="place" checked={about === 'place'} onChange={() => setAbout('place')} /> {t('concerns.report.aboutPlace')}
          </label>
        </fieldset>
        {about === 'smelter' ? (
          <SmelterPicker label={t('concerns.fields.smelter')} name="smelter" value={picked} onChange={setSmelter} description={t('concerns.report.smelterHint')} errorMessage={fieldErrors.smelter ?? fieldErrors.smelterId} isRequired />
        ) : (
          <>
            <div className="cg-field">
              <label className="cg-label" htmlFor="concern-country">
                {t('concerns.fields.country')} *
              </label>
              <select id="concern-country" name="country" className="cg-input" aria-invalid={!!fieldErrors.country || undefined} aria-describedby={described('country')} defaultValue="">
                <option value="">{t('concerns.report.chooseCountry')}</option>
                {countries.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
              {error('country')}
            </div>
            <div className="cg-field">
              <label className="cg-label" htmlFor="concern-place">
                {t('concerns.fields.place')}
              </label>
              <input id="concern-place" name="place" className="cg-input" maxLength={300} />
            </div>
            <div className="cg-concern-coordinates">
              <div className="cg-field">
                <label className="cg-label" htmlFor="concern-latitude">
                  {t('concerns.fields.latitude')}
                </label>
                <input id="concern-latitude" name="latitude" className="cg-input" inputMode="decimal" aria-describedby={described('latitude')} />
                {error('latitude')}
              </div>
              <div className="cg-field">
                <label className="cg-label" htmlFor="concern-longitude">
                  {t('concerns.fields.longitude')}
                </label>
                <input id="concern-longitude" name="longitude" className="cg-input" inputMode="decimal" aria-describedby={described('longitude')} />
                {error('longitude')}
              </div>
            </div>
            <p className="cg-description">{t('concerns.report.coordinatesHint')}</p>
          </>
        )}
        <div className="cg-field">
          <label className="cg-label" htmlFor="concern-category">
            {t('concerns.fields.category')} *
          </label>
          <select id="concern-category" name="category" className="cg-input" defaultValue="OTHER">
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`concerns.category.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="cg-field">
          <label className="cg-label" htmlFor="concern-description">
            {t('concerns.fields.description')} *
          </label>
          <textarea id="concern-description" name="description" className="cg-input cg-textarea" rows={6} maxLength={20000} aria-invalid={!!fieldErrors.description || undefined} aria-describedby={['concern-description-hint', described('description')].filter(Boolean).join(' ')} />
          <p className="cg-description" id="concern-description-hint">
            {t('concerns.report.descriptionHint')}
          </p>
          {error('description')}
        </div>
        <div className="cg-field">
          <label className="cg-label" htmlFor="concern-when">
            {t('concerns.fields.happenedOn')}
          </label>
          <input id="concern-when" name="happenedOn" type="date" className="cg-input" aria-describedby={described('happenedOn')} />
          {error('happenedOn')}
        </div>
        <div className="cg-field">
          <label className="cg-label" htmlFor="concern-language">
            {t('concerns.fields.language')}
          </label>
          <select id="concern-language" name="language" className="cg-input" defaultValue={i18n.language}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {new Intl.DisplayNames([i18n.language], { type: 'language' }).of(l) ?? l}
              </option>
            ))}
          </select>
        </div>
        <div className="cg-field">
          <label className="cg-label" htmlFor="concern-files">
            {t('concerns.fields.evidence')}
          </label>
          <input id="concern-files" name="files" type="file" multiple accept={EVIDENCE_ACCEPT} ref={files} className="cg-input" aria-describedby={['concern-files-hint', described('files')].filter(Boolean).join(' ')} />
          <p className="cg-description" id="concern-files-hint">
            {t('concerns.evidence.hint')}
          </p>
          {error('files')}
        </div>
        <fieldset className="cg-fieldset">
          <legend>{t('concerns.report.identityLegend')}</legend>
          <label className="cg-radio-line">
            <input type="checkbox" name="anonymous" checked={anonymous} onChange={(e) => setAnonymous(e.currentTarget.checked)} /> {t('concerns.report.anonymous')}
          </label>
          {anonymous ? (
            <p className="cg-description">{t('concerns.report.anonymousHint')}</p>
          ) : (
            <>
              <div className="cg-field">
                <label className="cg-label" htmlFor="concern-name">
                  {t('concerns.fields.reporterName')}
                </label>
                <input id="concern-name" name="reporterName" className="cg-input" maxLength={200} autoComplete="name" />
              </div>
              <div className="cg-field">
                <label className="cg-label" htmlFor="concern-contact">
                  {t('concerns.fields.reporterContact')}
                </label>
                <input id="concern-contact" name="reporterContact" className="cg-input" maxLength={300} aria-describedby="concern-contact-hint" />
                <p className="cg-description" id="concern-contact-hint">
                  {t('concerns.report.contactHint')}
                </p>
              </div>
              <label className="cg-radio-line">
                <input type="checkbox" name="share" /> {t('concerns.report.share')}
              </label>
            </>
          )}
        </fieldset>
        <Button type="submit" variant="primary" isDisabled={busy}>
          {busy ? t('concerns.report.sending') : t('concerns.report.submit')}
        </Button>
      </form>
    </div>
  );
}
