// Multi-select of lifecycle stages as a small popover of checkboxes.
import { LIFECYCLE_STAGES, type LifecycleStage } from '@shared/domain/contact';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';

export function StageFilter({ value, onChange }: { value: LifecycleStage[]; onChange: (v: LifecycleStage[]) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => !root.current?.contains(e.target as Node) && setOpen(false);
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const label =
    value.length === 0
      ? t('filters.anyStage')
      : value.length === 1
        ? t(`lifecycle.${value[0]!}`)
        : t('filters.stagesSelected', { count: value.length });

  return (
    <div className="popover-root" ref={root}>
      <button
        type="button"
        className={`filter-chip ${value.length ? 'is-set' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`${t('filters.stage')}: ${label}`}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        <Icon name="chevronDown" size={13} />
      </button>
      {open && (
        <div id={panelId} className="popover" role="group" aria-label={t('filters.stage')}>
          {LIFECYCLE_STAGES.map((stage) => (
            <label key={stage} className="checkbox popover-option">
              <input
                type="checkbox"
                checked={value.includes(stage)}
                onChange={(e) => onChange(e.target.checked ? [...value, stage] : value.filter((s) => s !== stage))}
              />
              <span className={`stage-dot stage-${stage}`} aria-hidden="true" />
              {t(`lifecycle.${stage}`)}
            </label>
          ))}
        </div>
      )}
    </div>
  );
}
