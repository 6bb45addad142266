// A deal's stages as a row of steps: where it is, where it has been, and one click (or Enter) to move it on —
// the keyboard-free alternative to dragging on the board. Won and Lost ask for the date (and reason) first.
import type { Deal, Stage } from '@shared/domain/deals';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMoveDeal } from './useMoveDeal';
import { CloseDealDialog, type Closing } from './board/CloseDealDialog';
import { stageLabel } from './names';
import { todayLocal } from './todayLocal';

export function DealStageBar({ deal, stages }: { deal: Deal; stages: Stage[] }) {
  const { t } = useTranslation();
  const [closing, setClosing] = useState<Stage | null>(null);
  const open = stages.filter((s) => s.kind === 'open');
  const current = stages.find((s) => s.id === deal.stageId);
  const reachedIndex = current?.kind === 'open' ? open.findIndex((s) => s.id === current.id) : open.length;

  const moveDeal = useMoveDeal();
  const move = (stage: Stage, closing?: Closing) => moveDeal(deal, stage, closing ? { closing } : {});

  return (
    <nav className="stage-bar" aria-label={t('board.page.stages')}>
      <ol>
        {stages.map((stage) => {
          const isCurrent = stage.id === deal.stageId;
          const passed = stage.kind === 'open' && open.indexOf(stage) < reachedIndex && deal.status !== 'lost';
          return (
            <li
              key={stage.id}
              className={`stage-step kind-${stage.kind} ${isCurrent ? 'is-current' : ''} ${passed ? 'is-passed' : ''}`}
            >
              <button
                type="button"
                aria-current={isCurrent ? 'step' : undefined}
                aria-label={
                  isCurrent
                    ? t('board.page.current', { stage: stageLabel(t, stage) })
                    : t('board.page.moveTo', { stage: stageLabel(t, stage) })
                }
                disabled={isCurrent}
                onClick={() => (stage.kind === 'open' ? void move(stage) : setClosing(stage))}
              >
                {stageLabel(t, stage)}
              </button>
            </li>
          );
        })}
      </ol>
      {closing && (
        <CloseDealDialog
          title={deal.title}
          stage={closing}
          today={todayLocal()}
          onClose={() => setClosing(null)}
          onConfirm={async (close) => {
            await move(closing, close);
            setClosing(null);
          }}
        />
      )}
    </nav>
  );
}
