import { useQuery } from '@apollo/client/react';
import { Alert, Badge, DefinitionList, Loading, PageHeader, Section, TableWrap } from '@commonground/web-ui';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Metal } from '../../gql/graphql';
import { NotFoundContent, QueryError, useDocumentTitle } from '../../lib/components';
import { useFormatDay } from '../membership/membership-components';
import { DeclarationQuery } from './smelters.documents';
import { CidText, MatchMethodText, MetalName } from './smelters-components';
import './smelters.css';

interface Answer {
  answer: string | null;
  comment: string | null;
  cell: string;
}
interface AnswerRow extends Answer {
  question: string;
  metal: Metal | null;
}
interface Product {
  row: number;
  responderNumber: string | null;
  responderName: string | null;
  requesterNumber: string | null;
  requesterName: string | null;
  comments: string | null;
}

const isAnswer = (value: unknown): value is Answer => !!value && typeof value === 'object' && 'cell' in value;
const questionOrder = (id: string) => {
  const n = /^Q(\d+)$/.exec(id);
  return n ? [0, Number(n[1]), ''] as const : ([1, 0, id] as const);
};

/** The answers JSON as rows: per question, then per metal for the questions asked per metal. */
export function answerRows(answers: unknown): AnswerRow[] {
  if (!answers || typeof answers !== 'object') return [];
  const ids = Object.keys(answers).sort((a, b) => {
    const [ka, na, sa] = questionOrder(a);
    const [kb, nb, sb] = questionOrder(b);
    return ka - kb || na - nb || sa.localeCompare(sb);
  });
  const rows: AnswerRow[] = [];
  for (const question of ids) {
    const value = (answers as Record<string, unknown>)[question];
    if (isAnswer(value)) rows.push({ question, metal: null, ...value });
    else if (value && typeof value === 'object') {
      for (const [metal, answer] of Object.entries(value)) if (isAnswer(answer)) rows.push({ question, metal: metal as Metal, ...answer });
    }
  }
  return rows;
}

const productsOf = (products: unknown): Product[] => (Array.isArray(products) ? (products as Product[]) : []);

/** /smelters/declarations/:id — what an import read: the declaration, its answers, the validation report, smelters and products. */
export function DeclarationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const day = useFormatDay();
  const { data, loading, error, refetch } = useQuery(DeclarationQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const d = data?.declaration;
  useDocumentTitle(d ? t('smelters.declaration.title', { company: d.companyName }) : t('smelters.imports.title'));
  if (loading && !d) return <Loading />;
  if (error && !d) return <QueryError error={error} retry={() => void refetch()} />;
  if (!d) return <NotFoundContent />;

  const answers = answerRows(d.answers);
  const products = productsOf(d.products);
  const errors = d.issues.filter((i) => i.severity === 'ERROR').length;
  const warnings = d.issues.length - errors;
  const inReview = d.smelterRows.filter((r) => r.inReview).length;
  const unidentified = d.smelterRows.filter((r) => r.unidentified).length;

  return (
    <>
      <PageHeader
        eyebrow={t('smelters.declaration.eyebrow', { template: d.template, revision: d.revision })}
        title={t('smelters.declaration.title', { company: d.companyName })}
        description={d.isCurrent ? <Badge tone="success">{t('smelters.declaration.current')}</Badge> : <Badge tone="neutral">{t('smelters.declaration.superseded')}</Badge>}
      />
      {!d.isCurrent ? <Alert tone="info" title={t('smelters.declaration.supersededHelp')} /> : null}
      {inReview ? (
        <Alert tone="warning" title={t('smelters.declaration.rowsInReview', { count: inReview })}>
          <p>
            <Link href="/smelters/review">{t('smelters.review.open')}</Link>
          </p>
        </Alert>
      ) : null}

      <Section id="declaration-company" title={t('smelters.declaration.about')}>
        <DefinitionList
          items={[
            { term: t('smelters.declaration.company'), value: d.companyName },
            { term: t('smelters.declaration.template'), value: `${d.template} ${d.revision}` },
            { term: t('smelters.declaration.scope'), value: [d.declarationScope, d.scopeDescription].filter(Boolean).join(' — ') || '—' },
            { term: t('smelters.declaration.effectiveDate'), value: d.effectiveDate ? day(d.effectiveDate) : '—' },
            { term: t('smelters.declaration.contact'), value: [d.contactName, d.contactEmail].filter(Boolean).join(', ') || '—' },
            { term: t('smelters.declaration.authorizer'), value: d.authorizer ?? '—' },
            { term: t('smelters.declaration.importedAt'), value: day(d.createdAt) },
          ]}
        />
      </Section>

      <Section id="declaration-issues" title={t('smelters.declaration.issues')}>
        <p>{t('smelters.declaration.issuesSummary', { errors, warnings })}</p>
        {d.issues.length ? (
          <TableWrap label={t('smelters.declaration.issues')}>
            <table className="cg-table">
              <caption className="cg-visually-hidden">{t('smelters.declaration.issues')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('smelters.declaration.severity')}</th>
                  <th scope="col">{t('smelters.declaration.cell')}</th>
                  <th scope="col">{t('smelters.declaration.message')}</th>
                </tr>
              </thead>
              <tbody>
                {d.issues.map((issue, i) => (
                  <tr key={i}>
                    <td>{issue.severity === 'ERROR' ? <Badge tone="danger">{t('smelters.declaration.error')}</Badge> : <Badge tone="warning">{t('smelters.declaration.warning')}</Badge>}</td>
                    <td>
                      <code>{issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet}</code>
                    </td>
                    <td lang="en">{issue.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        ) : (
          <p className="cg-muted">{t('smelters.declaration.noIssues')}</p>
        )}
      </Section>

      <Section id="declaration-answers" title={t('smelters.declaration.answers')}>
        {answers.length ? (
          <TableWrap label={t('smelters.declaration.answers')}>
            <table className="cg-table">
              <caption className="cg-visually-hidden">{t('smelters.declaration.answers')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('smelters.declaration.question')}</th>
                  <th scope="col">{t('smelters.fields.metal')}</th>
                  <th scope="col">{t('smelters.declaration.answer')}</th>
                  <th scope="col">{t('smelters.declaration.comment')}</th>
                  <th scope="col">{t('smelters.declaration.cell')}</th>
                </tr>
              </thead>
              <tbody>
                {answers.map((a) => (
                  <tr key={`${a.question}-${a.metal ?? ''}`}>
                    <th scope="row">{t('smelters.declaration.questionN', { id: a.question.replace(/^Q(?=\d)/, '') })}</th>
                    <td>{a.metal ? <MetalName metal={a.metal} /> : t('smelters.declaration.company')}</td>
                    <td>{a.answer ?? <span className="cg-muted">{t('smelters.declaration.noAnswer')}</span>}</td>
                    <td>{a.comment ?? ''}</td>
                    <td>
                      <code>{a.cell}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        ) : (
          <p className="cg-muted">{t('smelters.declaration.noAnswers')}</p>
        )}
      </Section>

      <Section id="declaration-smelters" title={t('smelters.declaration.smelters')}>
        <p>{t('smelters.declaration.smeltersSummary', { count: d.smelterRows.length, unidentified, inReview })}</p>
        {d.smelterRows.length ? (
          <TableWrap label={t('smelters.declaration.smelters')}>
            <table className="cg-table">
              <caption className="cg-visually-hidden">{t('smelters.declaration.smelters')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('smelters.declaration.row')}</th>
                  <th scope="col">{t('smelters.fields.metal')}</th>
                  <th scope="col">{t('smelters.declaration.reportedName')}</th>
                  <th scope="col">{t('smelters.declaration.reportedCountry')}</th>
                  <th scope="col">{t('smelters.declaration.reportedCid')}</th>
                  <th scope="col">{t('smelters.declaration.matched')}</th>
                  <th scope="col">{t('smelters.declaration.method')}</th>
                </tr>
              </thead>
              <tbody>
                {d.smelterRows.map((r) => (
                  <tr key={r.row}>
                    <td className="cg-num">{r.row}</td>
                    <td>
                      <MetalName metal={r.metal} />
                    </td>
                    <th scope="row">{r.reportedName}</th>
                    <td>{r.reportedCountry ?? ''}</td>
                    <td>{r.reportedCid ?? ''}</td>
                    <td>
                      {r.smelter ? (
                        <>
                          <Link href={`/smelters/${r.smelter.id}`}>{r.smelter.name}</Link> <CidText cid={r.smelter.cid} />
                        </>
                      ) : r.unidentified ? (
                        <Badge tone="neutral">{t('smelters.declaration.unidentified')}</Badge>
                      ) : r.inReview ? (
                        <Badge tone="warning">{t('smelters.declaration.inReview')}</Badge>
                      ) : (
                        <Badge tone="neutral">{t('smelters.declaration.unmatched')}</Badge>
                      )}
                    </td>
                    <td>
                      <MatchMethodText method={r.matchMethod} confidence={r.confidence} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        ) : null}
      </Section>

      <Section id="declaration-products" title={t('smelters.declaration.products')}>
        {products.length ? (
          <TableWrap label={t('smelters.declaration.products')}>
            <table className="cg-table">
              <caption className="cg-visually-hidden">{t('smelters.declaration.products')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('smelters.declaration.productNumber')}</th>
                  <th scope="col">{t('smelters.declaration.productName')}</th>
                  <th scope="col">{t('smelters.declaration.requesterNumber')}</th>
                  <th scope="col">{t('smelters.declaration.requesterName')}</th>
                  <th scope="col">{t('smelters.declaration.comment')}</th>
                </tr>
              </thead>
              <tbody>
                {products.map((p) => (
                  <tr key={p.row}>
                    <th scope="row">{p.responderNumber ?? ''}</th>
                    <td>{p.responderName ?? ''}</td>
                    <td>{p.requesterNumber ?? ''}</td>
                    <td>{p.requesterName ?? ''}</td>
                    <td>{p.comments ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        ) : (
          <p className="cg-muted">{t('smelters.declaration.noProducts')}</p>
        )}
      </Section>
    </>
  );
}
