import { LinkButton, PageHeader } from '@commonground/web-ui';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../lib/components';

export type Area = 'glossary' | 'calls' | 'funding' | 'smelters';

/** The areas of the hub still being built: say what they will do. */
export function ComingSoonPage({ area }: { area: Area }) {
  const { t } = useTranslation();
  useDocumentTitle(t(`soon.${area}.title`));
  return (
    <div className="cg-narrow">
      <PageHeader eyebrow={t('soon.eyebrow')} title={t(`soon.${area}.title`)} description={t(`soon.${area}.body`)} />
      <div className="cg-empty">
        <p className="cg-empty__title">{t('soon.message')}</p>
        <p>{t('soon.meanwhile')}</p>
        <div className="cg-row" style={{ justifyContent: 'center' }}>
          <LinkButton href="/initiatives">{t('home.browseInitiatives')}</LinkButton>
          <LinkButton href="/organizations">{t('home.browseOrganizations')}</LinkButton>
        </div>
      </div>
    </div>
  );
}
