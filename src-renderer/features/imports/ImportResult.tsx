// Step 5 when it is done: what was imported, with Undo and the way to the people.
import type { ImportSummary } from '@shared/import/importReport';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useFormat } from '../../i18n/useFormat';
import { UndoImportDialog } from './UndoImportDialog';

export function ImportResult({ summary, onAnother }: { summary: ImportSummary; onAnother: () => void }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const [confirming, setConfirming] = useState(false);
  const [undone, setUndone] = useState(false);
  const people = t('imports.result.people', { count: summary.created, formatted: number(summary.created) });
  const companies = t('imports.result.companies', {
    count: summary.companiesCreated,
    formatted: number(summary.companiesCreated),
  });
  const details = [
    summary.updated > 0 && t('imports.result.updated', { count: summary.updated, formatted: number(summary.updated) }),
    summary.skipped > 0 && t('imports.result.skipped', { count: summary.skipped, formatted: number(summary.skipped) }),
    summary.rejected > 0 &&
      t('imports.result.rejected', { count: summary.rejected, formatted: number(summary.rejected) }),
  ].filter(Boolean);

  return (
    <section className="import-step import-result" aria-labelledby="import-result-title">
      <div className={`result-mark ${undone ? 'is-undone' : ''}`} aria-hidden="true">
        <Icon name={undone ? 'restore' : 'check'} size={26} />
      </div>
      <h2 id="import-result-title">
        {undone
          ? t('imports.result.undone')
          : summary.companiesCreated > 0
            ? t('imports.result.titleWithCompanies', { people, companies })
            : t('imports.result.title', { people })}
      </h2>
      {!undone && details.length > 0 && <p className="muted">{details.join(' · ')}</p>}
      <div className="result-actions">
        {!undone && (
          <Link to="/contacts" className="btn btn-primary">
            <Icon name="person" />
            {t('imports.result.seeContacts')}
          </Link>
        )}
        {!undone && summary.batchId !== null && (
          <Button icon="restore" onClick={() => setConfirming(true)}>
            {t('common.undo')}
          </Button>
        )}
        <Button variant="ghost" icon="upload" onClick={onAnother}>
          {t('imports.result.another')}
        </Button>
      </div>
      {confirming && summary.batchId !== null && (
        <UndoImportDialog
          batchId={summary.batchId}
          fileName={summary.fileName}
          created={summary.created}
          updated={summary.updated}
          onClose={() => setConfirming(false)}
          onUndone={() => setUndone(true)}
        />
      )}
    </section>
  );
}
