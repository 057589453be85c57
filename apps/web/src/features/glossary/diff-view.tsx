import { countChanges, TextDiff, TextDiffLegend, type TextDiffPart } from '@commonground/web-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** A word diff with its key and a one-line summary ("2 insertions, 1 deletion"). */
export function DiffView({ parts, lang, id }: { parts: readonly TextDiffPart[]; lang?: string; id?: string }) {
  const { t } = useTranslation();
  const labels = useMemo(
    () => ({
      insertStart: t('glossary.diff.insertStart'),
      insertEnd: t('glossary.diff.insertEnd'),
      deleteStart: t('glossary.diff.deleteStart'),
      deleteEnd: t('glossary.diff.deleteEnd'),
    }),
    [t],
  );
  const { insertions, deletions } = countChanges(parts);
  return (
    <div className="cg-glossary-diff">
      <p className="cg-small" aria-live="polite">
        {insertions === 0 && deletions === 0
          ? t('glossary.diff.same')
          : `${t('glossary.diff.insertions', { count: insertions })}, ${t('glossary.diff.deletions', { count: deletions })}`}
      </p>
      <TextDiffLegend inserted={t('glossary.diff.legendInserted')} deleted={t('glossary.diff.legendDeleted')} />
      <TextDiff parts={parts} labels={labels} lang={lang} id={id} />
    </div>
  );
}
