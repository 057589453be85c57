import { useQuery } from '@apollo/client/react';
import { LinkButton, Section, TableWrap } from '@commonground/web-ui';
import { useTranslation } from 'react-i18next';
import { SmelterConcernCountsQuery } from './concerns.documents';

/** On a smelter's page, for everyone: concerns accepted and resolved, by category. Nothing about who reported them. */
export function SmelterConcernCounts({ smelterId }: { smelterId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(SmelterConcernCountsQuery, { variables: { smelterId }, fetchPolicy: 'cache-and-network' });
  const counts = data?.smelterConcernCounts ?? [];
  return (
    <Section
      id="smelter-concerns"
      title={t('concerns.counts.title')}
      actions={
        <LinkButton href={`/concerns/report?smelter=${smelterId}`} variant="secondary">
          {t('concerns.counts.report')}
        </LinkButton>
      }
    >
      {counts.length ? (
        <TableWrap label={t('concerns.counts.title')}>
          <table className="cg-table">
            <thead>
              <tr>
                <th scope="col">{t('concerns.fields.category')}</th>
                <th scope="col">{t('concerns.counts.accepted')}</th>
                <th scope="col">{t('concerns.counts.resolved')}</th>
              </tr>
            </thead>
            <tbody>
              {counts.map((c) => (
                <tr key={c.category}>
                  <td>{t(`concerns.category.${c.category}`)}</td>
                  <td>{c.accepted}</td>
                  <td>{c.resolved}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p className="cg-muted">{t('concerns.counts.none')}</p>
      )}
    </Section>
  );
}
