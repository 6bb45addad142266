// The board's deals as a sortable list (closed ones too, by status): every column sorts, long lists scroll
// smoothly (rows fetched page by page).
import type { DealCard, Pipeline } from '@shared/domain/deals';
import type { DealFilter, DealSort } from '@shared/validation/deals';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/api';
import { usePagedRows } from '../../api/usePagedRows';
import { Icon } from '../../components/Icon';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { useStickyState } from '../../hooks/useStickyState';
import { useFormat } from '../../i18n/useFormat';
import { dealWarnings } from './board/DealCardView';
import { stageLabel } from './names';

const STATUSES = ['open', 'won', 'lost', 'all'] as const;
const DESCENDING_FIRST = new Set(['amount', 'probability', 'closedOn', 'lastActivity', 'created']);

export function DealList({
  pipeline,
  filter,
  today,
  staleDays,
}: {
  pipeline: Pipeline;
  filter: DealFilter;
  today: string;
  staleDays: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [status, setStatus] = useStickyState<(typeof STATUSES)[number]>('deals.list.status', 'open');
  const [sort, setSort] = useStickyState<DealSort>('deals.list.sort', { field: 'expectedClose', direction: 'asc' });
  const query = { pipelineId: pipeline.id, filter, status, sort };
  const rows = usePagedRows(JSON.stringify(query), (offset, limit) => api.deals.list({ ...query, offset, limit }), [
    'deal',
    'pipeline',
    'company',
    'contact',
  ]);
  const stages = new Map(pipeline.stages.map((s) => [s.id, s]));
  const columns: Column<DealCard>[] = [
    {
      key: 'title',
      header: t('board.list.columns.title'),
      width: 'minmax(180px, 2fr)',
      sortField: 'title',
      render: (d) => {
        const warn = dealWarnings(d, today, staleDays);
        return (
          <span className="deal-list-title">
            {d.title}
            {(warn.overdue || warn.staleDays !== null) && (
              <span
                className="deal-warning-icon"
                title={[
                  warn.overdue ? t('board.card.overdue') : '',
                  warn.staleDays !== null ? t('board.card.stale', { count: warn.staleDays }) : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              >
                <Icon name="warning" size={13} />
              </span>
            )}
          </span>
        );
      },
    },
    {
      key: 'company',
      header: t('board.list.columns.company'),
      width: 'minmax(140px, 1.4fr)',
      sortField: 'company',
      render: (d) => d.companyName ?? <span className="muted">{d.contactName ?? t('common.none')}</span>,
    },
    {
      key: 'stage',
      header: t('board.list.columns.stage'),
      width: '130px',
      sortField: 'stage',
      render: (d) => {
        const stage = stages.get(d.stageId);
        return <span className={`stage-pill kind-${d.status}`}>{stage ? stageLabel(t, stage) : ''}</span>;
      },
    },
    {
      key: 'amount',
      header: t('board.list.columns.amount'),
      width: '130px',
      sortField: 'amount',
      className: 'numeric',
      render: (d) => format.money(d.amount, d.currency),
    },
    {
      key: 'probability',
      header: t('board.list.columns.probability'),
      width: '100px',
      sortField: 'probability',
      className: 'numeric',
      optional: true,
      render: (d) => `${d.probability}%`,
    },
    {
      key: 'expectedClose',
      header: t('board.list.columns.expectedClose'),
      width: '130px',
      sortField: 'expectedClose',
      render: (d) =>
        d.expectedClose ? format.day(d.expectedClose) : <span className="muted">{t('common.none')}</span>,
    },
    {
      key: 'closedOn',
      header: t('board.list.columns.closedOn'),
      width: '120px',
      sortField: 'closedOn',
      optional: true,
      render: (d) => (d.closedOn ? format.day(d.closedOn) : <span className="muted">{t('common.none')}</span>),
    },
    {
      key: 'lastActivity',
      header: t('board.list.columns.lastActivity'),
      width: '130px',
      sortField: 'lastActivity',
      optional: true,
      render: (d) => format.relative(d.lastActivityAt),
    },
  ];

  return (
    <div className="deal-list">
      <div className="segmented deal-list-status" role="radiogroup" aria-label={t('board.list.status.label')}>
        {STATUSES.map((s) => (
          <label key={s} className={status === s ? 'is-checked' : ''}>
            <input type="radio" name="deal-status" checked={status === s} onChange={() => setStatus(s)} />
            {t(`board.list.status.${s}`)}
          </label>
        ))}
      </div>
      {rows.total === 0 ? (
        <p className="muted deal-list-empty">{t('board.list.empty')}</p>
      ) : (
        <VirtualTable
          label={t('board.list.label')}
          columns={columns}
          rowCount={rows.total ?? 0}
          rowAt={rows.rowAt}
          ensureRange={rows.ensureRange}
          rowKey={(d) => d.id}
          rowLabel={(d) => d.title}
          onOpen={(d) => void navigate(`/deals/${d.id}`)}
          sort={sort}
          onSort={(field) =>
            setSort((s) =>
              s.field === field
                ? { field: s.field, direction: s.direction === 'asc' ? 'desc' : 'asc' }
                : { field: field as DealSort['field'], direction: DESCENDING_FIRST.has(field) ? 'desc' : 'asc' },
            )
          }
        />
      )}
    </div>
  );
}
