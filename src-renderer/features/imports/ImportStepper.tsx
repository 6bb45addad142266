// The steps of the import flow as a numbered row; done steps show a tick, the current one is marked for
// screen readers with aria-current.
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { IMPORT_STEPS, type ImportStep } from './useImportFlow';

export function ImportStepper({ step, skipped }: { step: ImportStep; skipped?: ImportStep }) {
  const { t } = useTranslation();
  const current = IMPORT_STEPS.indexOf(step);
  return (
    <ol className="stepper" aria-label={t('imports.steps.label')}>
      {IMPORT_STEPS.map((s, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'todo';
        return (
          <li
            key={s}
            className={`stepper-step is-${state} ${s === skipped ? 'is-skipped' : ''}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="stepper-dot" aria-hidden="true">
              {state === 'done' ? <Icon name="check" size={13} /> : index + 1}
            </span>
            <span className="stepper-label">{t(`imports.steps.${s}`)}</span>
          </li>
        );
      })}
    </ol>
  );
}
