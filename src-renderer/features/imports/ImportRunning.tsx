// Step 5 while the rows are written: a progress bar with the speed, and Cancel (the transaction rolls back).
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { useFormat } from '../../i18n/useFormat';
import type { ImportProgress } from './useImportFlow';

interface ImportRunningProps {
  progress: ImportProgress | null;
  cancelling: boolean;
  onCancel: () => void;
}

export function ImportRunning({ progress, cancelling, onCancel }: ImportRunningProps) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const done = progress?.done ?? 0;
  const total = Math.max(progress?.total ?? 0, done);
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <section className="import-step import-running" aria-labelledby="import-running-title">
      <h2 id="import-running-title">{cancelling ? t('imports.run.cancelling') : t('imports.run.title')}</h2>
      <div
        className="progress"
        role="progressbar"
        aria-label={t('imports.run.title')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={t('imports.run.rows', { done: number(done), total: number(total) })}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="progress-text tabular">
        <span>{t('imports.run.rows', { done: number(done), total: number(total) })}</span>
        {progress && progress.rowsPerSecond > 0 && (
          <span className="muted">{t('imports.run.speed', { speed: number(progress.rowsPerSecond) })}</span>
        )}
      </p>
      <Button onClick={onCancel} disabled={cancelling}>
        {t('common.cancel')}
      </Button>
    </section>
  );
}
