import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Badge, EmptyState, Loading, MeterBar, PageHeader, Section, TableWrap } from '@commonground/web-ui';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { DropZone, Link, Text, type DropZoneProps, type FileDropItem } from 'react-aria-components';

type DropEvent = Parameters<NonNullable<DropZoneProps['onDrop']>>[0];
import { useTranslation } from 'react-i18next';
import { UNAUTHENTICATED_EVENT } from '../../app/apollo';
import { useSession } from '../../app/session';
import type { DeclarationsQuery as DeclarationsData } from '../../gql/graphql';
import { ErrorAlert, LoadMore, QueryError, useDocumentTitle } from '../../lib/components';
import type { ApiError } from '../../lib/errors';
import { useFormatDay } from '../membership/membership-components';
import { DeclarationImportQuery, DeclarationsQuery } from './smelters.documents';
import { evictSmelterData, usePercent } from './smelters-components';
import './smelters.css';

/** What the API takes (POST /api/declarations): .xlsx files up to 25 MiB, 20 at a time. */
const MAX_BYTES = 25 * 1024 * 1024;
const BATCH = 20;
const PAGE_SIZE = 20;

interface Upload {
  /** the import's id once the hub took the file; a local key until then */
  key: string;
  id: string | null;
  fileName: string;
  duplicateOf: string | null;
  /** refused before or while sending */
  refused: string | null;
}

interface UploadAnswer {
  imports?: Array<{ id: string; fileName: string; state: string; duplicateOf: string | null }>;
  error?: { code: string; message: string };
}

let counter = 0;
const localKey = () => `local-${++counter}`;

/** /smelters/imports — upload supplier declarations, follow their import, list the declarations. */
export function ImportsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('smelters.imports.title'));
  const { viewer } = useSession();
  const client = useApolloClient();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError[]>([]);
  const [announcement, setAnnouncement] = useState('');
  // upload key -> imported (true) or failed (false), for the batch summary
  const [results, setResults] = useState<Record<string, boolean>>({});
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const declarations = useQuery(DeclarationsQuery, { variables: { first: PAGE_SIZE }, skip: !viewer?.activeOrganization, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });

  if (!viewer?.activeOrganization) return <Alert tone="warning" title={t('smelters.needOrganization')} />;

  const send = async (files: File[]) => {
    if (!files.length) return;
    setError([]);
    const accepted: File[] = [];
    const refused: Upload[] = [];
    for (const file of files) {
      if (!/\.xlsx$/i.test(file.name)) refused.push({ key: localKey(), id: null, fileName: file.name, duplicateOf: null, refused: t('smelters.imports.notXlsx') });
      else if (file.size > MAX_BYTES) refused.push({ key: localKey(), id: null, fileName: file.name, duplicateOf: null, refused: t('smelters.imports.tooLarge') });
      else accepted.push(file);
    }
    setUploads((list) => [...refused, ...list]);
    if (!accepted.length) return;
    setSending(true);
    setAnnouncement(t('smelters.imports.sending', { count: accepted.length }));
    try {
      for (let i = 0; i < accepted.length; i += BATCH) {
        const batch = accepted.slice(i, i + BATCH);
        const form = new FormData();
        for (const file of batch) form.append('files', file, file.name);
        let response: Response;
        try {
          response = await fetch('/api/declarations', { method: 'POST', body: form, credentials: 'include' });
        } catch (e) {
          setError([{ code: 'NETWORK', message: e instanceof Error ? e.message : String(e) }]);
          return;
        }
        if (response.status === 401) {
          window.dispatchEvent(new CustomEvent(UNAUTHENTICATED_EVENT));
          return;
        }
        const body = (await response.json().catch(() => ({}))) as UploadAnswer;
        if (!response.ok || !body.imports) {
          const code = body.error?.code ?? (response.status === 413 ? 'PAYLOAD_TOO_LARGE' : response.status === 429 ? 'RATE_LIMITED' : 'INTERNAL_SERVER_ERROR');
          setError([{ code, message: body.error?.message ?? (response.status === 413 ? t('smelters.imports.tooLarge') : '') }]);
          return;
        }
        const taken = body.imports.map((x) => ({ key: x.id, id: x.id, fileName: x.fileName, duplicateOf: x.duplicateOf, refused: null }));
        setUploads((list) => [...taken, ...list.filter((u) => !taken.some((x) => x.key === u.key))]);
      }
      setAnnouncement(t('smelters.imports.sent', { count: accepted.length }));
    } finally {
      setSending(false);
      if (inputRef.current) inputRef.current.value = '';
    }
  };

  const onInput = (event: ChangeEvent<HTMLInputElement>) => void send(Array.from(event.target.files ?? []));
  const onDrop = async (event: DropEvent) => {
    const items = event.items.filter((item): item is FileDropItem => item.kind === 'file');
    void send(await Promise.all(items.map((item) => item.getFile())));
  };

  const onFinished = (upload: Upload, ok: boolean) => {
    setResults((r) => ({ ...r, [upload.key]: ok }));
    setAnnouncement(ok ? t('smelters.imports.doneOne', { file: upload.fileName }) : t('smelters.imports.failedOne', { file: upload.fileName }));
    if (ok) {
      evictSmelterData(client.cache);
      void declarations.refetch();
    }
  };

  const connection = (declarations.data ?? declarations.previousData)?.declarations;

  return (
    <>
      <PageHeader title={t('smelters.imports.title')} description={t('smelters.imports.lead')} />
      <Section id="imports-upload" title={t('smelters.imports.upload')}>
        <DropZone className="cg-dropzone" onDrop={onDrop} aria-label={t('smelters.imports.dropLabel')}>
          <Text slot="label" className="cg-dropzone__text">
            {t('smelters.imports.drop')}
          </Text>
          <div className="cg-field">
            <label htmlFor={inputId} className="cg-label">
              {t('smelters.imports.choose')}
            </label>
            <input
              ref={inputRef}
              id={inputId}
              className="cg-file-input"
              type="file"
              name="files"
              multiple
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={onInput}
              disabled={sending}
              aria-describedby={`${inputId}-help`}
            />
            <p id={`${inputId}-help`} className="cg-description">
              {t('smelters.imports.chooseHelp')}
            </p>
          </div>
        </DropZone>
        <p className="cg-visually-hidden" aria-live="polite">
          {announcement}
        </p>
        <ErrorAlert errors={error} />
        {uploads.length ? (
          <>
            <h3 id="imports-progress-title">{t('smelters.imports.progress')}</h3>
            <ul className="cg-import-list" aria-labelledby="imports-progress-title">
              {uploads.map((upload) => (
                <ImportItem key={upload.key} upload={upload} onFinished={onFinished} />
              ))}
            </ul>
            <BatchSummary uploads={uploads} results={results} />
          </>
        ) : null}
      </Section>

      <Section id="imports-declarations" title={t('smelters.imports.declarations')}>
        {declarations.error && !connection ? (
          <QueryError error={declarations.error} retry={() => void declarations.refetch()} />
        ) : !connection ? (
          <Loading />
        ) : connection.edges.length === 0 ? (
          <EmptyState title={t('smelters.imports.noDeclarations')} />
        ) : (
          <>
            <DeclarationsTable declarations={connection.edges.map((e) => e.node)} />
            <LoadMore
              shown={connection.edges.length}
              total={connection.totalCount}
              hasNextPage={connection.pageInfo.hasNextPage}
              onLoadMore={() => declarations.fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
            />
          </>
        )}
      </Section>
    </>
  );
}

/** When every file of the batch is done: how many were imported and how many failed. */
function BatchSummary({ uploads, results }: { uploads: readonly Upload[]; results: Record<string, boolean> }) {
  const { t } = useTranslation();
  const taken = uploads.filter((u) => !u.refused);
  if (uploads.length < 2 || taken.some((u) => results[u.key] === undefined)) return null;
  const imported = taken.filter((u) => results[u.key]).length;
  return (
    <p className="cg-import-summary" role="status">
      {t('smelters.imports.summary', { count: uploads.length, imported, failed: uploads.length - imported })}
    </p>
  );
}

/** One file: its progress while it imports (polled every second), then its result. */
function ImportItem({ upload, onFinished }: { upload: Upload; onFinished: (upload: Upload, ok: boolean) => void }) {
  const { t } = useTranslation();
  const percent = usePercent();
  const { data, error, startPolling, stopPolling } = useQuery(DeclarationImportQuery, { variables: { id: upload.id ?? '' }, skip: !upload.id, fetchPolicy: 'network-only', pollInterval: 1000 });
  const original = useQuery(DeclarationImportQuery, { variables: { id: upload.duplicateOf ?? '' }, skip: !upload.duplicateOf });
  const item = data?.declarationImport;
  const finished = item?.state === 'SUCCEEDED' || item?.state === 'FAILED';
  const reported = useRef(false);
  useEffect(() => {
    if (!upload.id) return;
    if (finished) {
      stopPolling();
      if (!reported.current) {
        reported.current = true;
        onFinished(upload, item?.state === 'SUCCEEDED');
      }
    } else startPolling(1000);
  }, [finished, upload, item?.state, onFinished, startPolling, stopPolling]);

  if (upload.refused) {
    return (
      <li className="cg-import cg-import--failed">
        <p className="cg-import__name">{upload.fileName}</p>
        <p className="cg-field-error">{upload.refused}</p>
      </li>
    );
  }
  const declaration = item?.declaration ?? original.data?.declarationImport?.declaration ?? null;
  const state = item?.state ?? 'QUEUED';
  const duplicate = !!(item?.duplicateOfImportId ?? upload.duplicateOf);
  return (
    <li className={`cg-import cg-import--${state.toLowerCase()}`}>
      {finished ? (
        <p className="cg-import__name">
          {upload.fileName}{' '}
          <Badge tone={state === 'FAILED' ? 'danger' : duplicate ? 'neutral' : 'success'}>
            {state === 'FAILED' ? t('smelters.imports.state.FAILED') : duplicate ? t('smelters.imports.duplicateBadge') : t('smelters.imports.state.SUCCEEDED')}
          </Badge>
        </p>
      ) : (
        <MeterBar
          label={t('smelters.imports.progressOf', { file: upload.fileName })}
          visibleLabel={upload.fileName}
          value={Math.round((item?.progress ?? 0) * 100)}
          valueText={
            state === 'QUEUED'
              ? t('smelters.imports.state.QUEUED')
              : item?.rowsRead
                ? t('smelters.imports.runningRows', { percent: percent(item.progress), count: item.rowsRead })
                : t('smelters.imports.running', { percent: percent(item?.progress ?? 0) })
          }
          size="small"
        />
      )}
      {error ? <ErrorAlert error={error} /> : null}
      {state === 'FAILED' ? <p className="cg-field-error">{item?.error ?? t('smelters.imports.failed')}</p> : null}
      {finished && duplicate ? <p>{t('smelters.imports.duplicate')}</p> : null}
      {finished && state === 'SUCCEEDED' && declaration ? (
        <p>
          <Link href={`/smelters/declarations/${declaration.id}`}>
            {t('smelters.imports.openDeclaration', { company: declaration.companyName, template: declaration.template, revision: declaration.revision })}
          </Link>
        </p>
      ) : null}
    </li>
  );
}

type DeclarationRow = DeclarationsData['declarations']['edges'][number]['node'];

export function DeclarationsTable({ declarations }: { declarations: readonly DeclarationRow[] }) {
  const { t } = useTranslation();
  const day = useFormatDay();
  return (
    <TableWrap label={t('smelters.imports.declarations')}>
      <table className="cg-table">
        <caption className="cg-visually-hidden">{t('smelters.imports.declarations')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('smelters.declaration.company')}</th>
            <th scope="col">{t('smelters.declaration.template')}</th>
            <th scope="col">{t('smelters.declaration.effectiveDate')}</th>
            <th scope="col">{t('smelters.declaration.importedAt')}</th>
            <th scope="col">{t('smelters.declaration.status')}</th>
            <th scope="col" className="cg-num">
              {t('smelters.declaration.errors')}
            </th>
            <th scope="col" className="cg-num">
              {t('smelters.declaration.warnings')}
            </th>
          </tr>
        </thead>
        <tbody>
          {declarations.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                <Link href={`/smelters/declarations/${d.id}`}>{d.companyName}</Link>
              </th>
              <td>{`${d.template} ${d.revision}`}</td>
              <td>{d.effectiveDate ? day(d.effectiveDate) : '—'}</td>
              <td>{day(d.createdAt)}</td>
              <td>{d.isCurrent ? <Badge tone="success">{t('smelters.declaration.current')}</Badge> : <Badge tone="neutral">{t('smelters.declaration.superseded')}</Badge>}</td>
              <td className="cg-num">{d.issues.filter((i) => i.severity === 'ERROR').length}</td>
              <td className="cg-num">{d.issues.filter((i) => i.severity === 'WARNING').length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
