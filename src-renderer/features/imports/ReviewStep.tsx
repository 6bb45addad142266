// Step 4: what will happen — counts, the date question when dates are ambiguous, duplicates and what to do
// with them, the problems row by row, and the choice to skip the rows that cannot be imported.
import type { ImportSessionView } from '@shared/import/importSession';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/useToast';
import { downloadBase64File } from '../exports/downloadBase64File';
import { DateOrderQuestion } from './DateOrderQuestion';
import { DuplicatesSection } from './DuplicatesSection';
import { IssuesList } from './IssuesList';
import { ReviewCounts } from './ReviewCounts';
import type { ChosenSettings, ImportSettings } from './useImportFlow';

const ISSUES_SENT_AT_MOST = 1000;

interface ReviewStepProps {
  view: ImportSessionView;
  choices: ChosenSettings;
  onChange: (settings: ImportSettings) => void;
  skipInvalid: boolean;
  onSkipInvalid: (skip: boolean) => void;
}

export function ReviewStep({ view, choices, onChange, skipInvalid, onSkipInvalid }: ReviewStepProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [saving, setSaving] = useState(false);
  const { summary } = view;
  const askDateOrder = view.needsDateOrder || choices.dateOrder !== 'auto';

  const saveRejected = async () => {
    setSaving(true);
    try {
      const file = await api.imports.rejectedCsv({ sessionId: view.sessionId });
      downloadBase64File(file.fileName, file.contentBase64, 'text/csv');
      toast.show({ message: t('imports.review.rejectedSaved', { file: file.fileName }) });
    } catch (e) {
      toast.show({ message: t('common.error', { message: (e as Error).message }), tone: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="import-step" aria-labelledby="import-review-title">
      <header className="import-step-header">
        <h2 id="import-review-title">{t('imports.review.title')}</h2>
        <p className="muted">{t('imports.review.body', { count: summary.rowsRead, file: view.fileName })}</p>
      </header>
      <ReviewCounts summary={summary} />
      {askDateOrder && (
        <DateOrderQuestion value={choices.dateOrder} onChange={(dateOrder) => onChange({ dateOrder })} />
      )}
      {summary.duplicates.length > 0 && (
        <DuplicatesSection
          duplicates={summary.duplicates}
          policy={choices.onDuplicate}
          onPolicy={(onDuplicate) => onChange({ onDuplicate })}
        />
      )}
      {summary.issues.length > 0 && (
        <section className="review-section" aria-labelledby="import-problems-title">
          <h3 id="import-problems-title">{t('imports.review.problemsCount', { count: summary.issues.length })}</h3>
          <IssuesList issues={summary.issues} capped={summary.issues.length >= ISSUES_SENT_AT_MOST} />
        </section>
      )}
      {summary.rejected > 0 && (
        <div className="reject-box">
          <Icon name="warning" />
          <div className="reject-box-body">
            <p>{t('imports.review.rejectedExplain', { count: summary.rejected })}</p>
            <label className="checkbox">
              <input type="checkbox" checked={skipInvalid} onChange={(e) => onSkipInvalid(e.target.checked)} />
              {t('imports.review.skipInvalid')}
            </label>
          </div>
          <Button size="sm" icon="note" disabled={saving} onClick={() => void saveRejected()}>
            {t('imports.review.saveRejected')}
          </Button>
        </div>
      )}
      {summary.issues.length === 0 && summary.duplicates.length === 0 && (
        <p className="review-clean">
          <Icon name="check" />
          {t('imports.review.clean')}
        </p>
      )}
    </section>
  );
}
