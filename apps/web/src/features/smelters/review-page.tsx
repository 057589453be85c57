import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, EmptyState, FormActions, Loading, MeterBar, PageHeader, TableWrap } from '@commonground/web-ui';
import { useState } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { MatchReviewsQuery as ReviewsData } from '../../gql/graphql';
import { ErrorAlert, QueryError, useDocumentTitle } from '../../lib/components';
import { useReference } from '../../lib/reference';
import { MatchReviewsQuery, ResolveMatchReviewMutation } from './smelters.documents';
import { CidText, evictSmelterData, MetalName, SmelterStatus, usePercent } from './smelters-components';
import { SmelterPicker, type PickedSmelter } from './smelter-picker';
import './smelters.css';

type Review = ReviewsData['matchReviews'][number];
interface Decided {
  reportedName: string;
  smelter: string | null;
}

/** /smelters/review — reported names the hub could not match with confidence, with ranked candidates. */
export function ReviewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('smelters.review.title'));
  const { data, loading, error, refetch } = useQuery(MatchReviewsQuery, { variables: { first: 100 }, fetchPolicy: 'cache-and-network' });
  const [decided, setDecided] = useState<Decided | null>(null);
  const reviews = data?.matchReviews;
  return (
    <>
      <PageHeader title={t('smelters.review.title')} description={t('smelters.review.lead')} />
      <p className="cg-description">{t('smelters.review.remembered')}</p>
      {decided ? (
        <Alert tone="success" title={decided.smelter ? t('smelters.review.confirmed', { name: decided.reportedName, smelter: decided.smelter }) : t('smelters.review.rejected', { name: decided.reportedName })}>
          <p>{t('smelters.review.rememberedShort')}</p>
        </Alert>
      ) : null}
      {error && !reviews ? (
        <QueryError error={error} retry={() => void refetch()} />
      ) : loading && !reviews ? (
        <Loading />
      ) : !reviews?.length ? (
        <EmptyState title={t('smelters.review.none')}>
          <p>
            <Link href="/smelters/coverage">{t('smelters.review.toCoverage')}</Link>
          </p>
        </EmptyState>
      ) : (
        <>
          <p aria-live="polite" className="cg-muted cg-small">
            {t('smelters.review.count', { count: reviews.length })}
          </p>
          <ul className="cg-review-list">
            {reviews.map((review) => (
              <ReviewItem key={review.id} review={review} onDecided={setDecided} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function ReviewItem({ review, onDecided }: { review: Review; onDecided: (decided: Decided) => void }) {
  const { t } = useTranslation();
  const percent = usePercent();
  const reference = useReference();
  const [other, setOther] = useState<PickedSmelter | null>(null);
  const [resolve, { loading, error }] = useMutation(ResolveMatchReviewMutation, { update: evictSmelterData });
  const headingId = `review-${review.id}`;
  const decide = async (smelter: { id: string; name: string } | null) => {
    try {
      await resolve({ variables: { id: review.id, smelterId: smelter?.id ?? null } });
      onDecided({ reportedName: review.reportedName, smelter: smelter?.name ?? null });
    } catch {
      // shown below
    }
  };
  return (
    <li className="cg-card cg-review" aria-labelledby={headingId}>
      <h2 id={headingId} className="cg-card__title">
        {review.reportedName}
      </h2>
      <p className="cg-list__meta">
        <MetalName metal={review.metal} /> · {review.reportedCountry ?? t('smelters.review.noCountry')} · {t('smelters.review.rows', { count: review.rowCount })}
      </p>
      <ErrorAlert error={error} />
      {review.candidates.length ? (
        <TableWrap label={t('smelters.review.candidatesFor', { name: review.reportedName })}>
          <table className="cg-table">
            <caption>{t('smelters.review.candidates')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('smelters.fields.name')}</th>
                <th scope="col">{t('smelters.fields.cid')}</th>
                <th scope="col">{t('smelters.fields.country')}</th>
                <th scope="col">{t('smelters.fields.status')}</th>
                <th scope="col">{t('smelters.review.confidence')}</th>
                <th scope="col">
                  <span className="cg-visually-hidden">{t('smelters.review.decision')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {review.candidates.map((c) => (
                <tr key={c.smelter.id}>
                  <th scope="row">
                    <Link href={`/smelters/${c.smelter.id}`}>{c.smelter.name}</Link>
                  </th>
                  <td>
                    <CidText cid={c.smelter.cid} />
                  </td>
                  <td>{reference.country(c.smelter.country)}</td>
                  <td>
                    <SmelterStatus status={c.smelter.status} />
                  </td>
                  <td className="cg-review__confidence">
                    <span className="cg-review__meter">
                      <MeterBar
                        label={t('smelters.review.confidenceOf', { name: c.smelter.name })}
                        labelHidden
                        value={Math.round(c.confidence * 100)}
                        valueText={percent(c.confidence)}
                        size="small"
                      />
                      <span aria-hidden="true">{percent(c.confidence)}</span>
                    </span>
                  </td>
                  <td>
                    <Button variant="primary" isDisabled={loading} onPress={() => void decide(c.smelter)} aria-label={t('smelters.review.confirmThis', { smelter: c.smelter.name })}>
                      {t('smelters.review.confirm')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p className="cg-muted">{t('smelters.review.noCandidates')}</p>
      )}
      <div className="cg-review__other">
        <SmelterPicker
          label={t('smelters.review.other', { metal: t(`smelters.metal.${review.metal}`) })}
          name={`other-${review.id}`}
          metal={review.metal}
          value={other}
          onChange={setOther}
          description={t('smelters.review.otherHelp')}
        />
        <FormActions>
          <Button variant="secondary" isDisabled={!other || loading} onPress={() => other && void decide(other)}>
            {t('smelters.review.confirmOther')}
          </Button>
          <Button variant="quiet" isDisabled={loading} onPress={() => void decide(null)}>
            {t('smelters.review.noneOfThese')}
          </Button>
        </FormActions>
      </div>
    </li>
  );
}
