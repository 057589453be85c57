import { Alert, Button, FormActions, TextField } from '@commonground/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { GlossaryCommentPageFragment } from '../../gql/graphql';
import { ErrorAlert, LoadMore, useFormatDate } from '../../lib/components';
import { focusFirstInvalid, useValidationErrors } from '../../lib/forms';

/**
 * Comments on a definition or a principle: a disclosure "Comments (3)" with
 * the comments oldest first, "Load more", and a form for those who may comment.
 */
export function CommentsBlock({
  id,
  page,
  canComment,
  onLoadMore,
  onPost,
}: {
  id: string;
  page: GlossaryCommentPageFragment;
  canComment: boolean;
  onLoadMore: () => Promise<unknown>;
  onPost: (body: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [body, setBody] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [localErrors, setLocalErrors] = useState<Record<string, string> | null>(null);
  const [posted, setPosted] = useState(false);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const { fieldErrors, others } = useValidationErrors(error, (path) => (path === 'body' ? 'body' : null), localErrors);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    setPosted(false);
    if (!body.trim()) {
      setLocalErrors({ body: t('validation.required') });
      focusFirstInvalid(formRef.current);
      return;
    }
    setLocalErrors(null);
    setBusy(true);
    try {
      await onPost(body.trim());
      setBody('');
      setPosted(true);
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="cg-details cg-comments" id={id}>
      <summary>{t('glossary.comments.title', { count: page.totalCount })}</summary>
      {page.edges.length ? (
        <ol className="cg-comments__list">
          {page.edges.map(({ node }) => (
            <li key={node.id} className="cg-comment">
              <p className="cg-comment__meta cg-small">
                <strong>{node.author.name}</strong>
                {node.organization ? (
                  <>
                    {' '}
                    · <Link href={`/organizations/${node.organization.slug}`}>{node.organization.name}</Link>
                  </>
                ) : null}{' '}
                · <time dateTime={node.createdAt}>{formatDate(node.createdAt, true)}</time>
              </p>
              <p className="cg-comment__body">{node.body}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="cg-muted cg-small">{t('glossary.comments.none')}</p>
      )}
      {page.totalCount > page.edges.length || page.pageInfo.hasNextPage ? (
        <LoadMore shown={page.edges.length} total={page.totalCount} hasNextPage={page.pageInfo.hasNextPage || page.totalCount > page.edges.length} onLoadMore={onLoadMore} />
      ) : null}
      {posted ? <Alert tone="success" title={t('glossary.comments.posted')} /> : null}
      {canComment ? (
        <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} aria-label={t('glossary.comments.formLabel')} className="cg-glossary-form">
          <ErrorAlert errors={others} />
          <TextField label={t('glossary.comments.yours')} name="body" multiline rows={3} value={body} onChange={setBody} maxLength={5000} />
          <FormActions>
            <Button type="submit" isDisabled={busy}>
              {busy ? t('common.saving') : t('glossary.comments.post')}
            </Button>
          </FormActions>
        </Form>
      ) : null}
    </details>
  );
}
