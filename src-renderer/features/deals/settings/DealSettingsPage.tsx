// The funnel's settings, one tab each: pipelines and their stages, the product catalogue, the reasons deals are
// lost, and when a deal counts as stale. The tab is in the address (?tab=products) so other screens can link to
// it; tabs stay mounted, so switching keeps unsaved edits, and leaving the page with some asks first.
import { type KeyboardEvent, type ReactNode, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useBlocker, useSearchParams } from 'react-router';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Icon, type IconName } from '../../../components/Icon';
import { LostReasonsSection } from './LostReasonsSection';
import { PipelinesSection } from './PipelinesSection';
import { ProductsSection } from './ProductsSection';
import { StaleDaysSection } from './StaleDaysSection';
import './dealSettings.css';

const TABS = ['pipelines', 'products', 'lostReasons', 'stale'] as const;
type Tab = (typeof TABS)[number];
const TAB_ICONS: Record<Tab, IconName> = { pipelines: 'funnel', products: 'box', lostReasons: 'list', stale: 'clock' };

export function DealSettingsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((x) => x === params.get('tab')) ?? 'pipelines';
  const tabRefs = useRef(new Map<Tab, HTMLButtonElement>());
  const [pipelinesDirty, setPipelinesDirty] = useState(false);
  const [reasonsDirty, setReasonsDirty] = useState(false);
  const onPipelinesDirty = useCallback((dirty: boolean) => setPipelinesDirty(dirty), []);
  const onReasonsDirty = useCallback((dirty: boolean) => setReasonsDirty(dirty), []);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      (pipelinesDirty || reasonsDirty) && currentLocation.pathname !== nextLocation.pathname,
  );

  const show = (next: Tab) => setParams(next === 'pipelines' ? {} : { tab: next }, { replace: true });
  const onTabKey = (event: KeyboardEvent) => {
    const at = TABS.indexOf(tab);
    const n = TABS.length;
    const to = { ArrowRight: (at + 1) % n, ArrowLeft: (at - 1 + n) % n, Home: 0, End: n - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    show(TABS[to]!);
    tabRefs.current.get(TABS[to]!)?.focus();
  };
  // ConfirmDialog closes after confirming: closing must not cancel the navigation just let through.
  const proceeding = useRef(false);

  const panels: Record<Tab, ReactNode> = {
    pipelines: <PipelinesSection dirty={pipelinesDirty} onDirtyChange={onPipelinesDirty} />,
    products: <ProductsSection />,
    lostReasons: <LostReasonsSection onDirtyChange={onReasonsDirty} />,
    stale: <StaleDaysSection />,
  };

  return (
    <div className="page page-deal-settings">
      <header className="page-header">
        <div className="page-title">
          <Link to="/deals" className="crumb">
            {t('dealSettings.backToDeals')}
          </Link>
          <span className="crumb-separator" aria-hidden="true">
            /
          </span>
          <h1>{t('dealSettings.title')}</h1>
        </div>
      </header>
      <div className="settings-tabs" role="tablist" aria-label={t('dealSettings.tabsLabel')} onKeyDown={onTabKey}>
        {TABS.map((id) => (
          <button
            key={id}
            ref={(node) => {
              if (node) tabRefs.current.set(id, node);
              else tabRefs.current.delete(id);
            }}
            type="button"
            role="tab"
            id={`deal-settings-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`deal-settings-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className={tab === id ? 'settings-tab is-active' : 'settings-tab'}
            onClick={() => show(id)}
          >
            <Icon name={TAB_ICONS[id]} />
            {t(`dealSettings.tabs.${id}`)}
            {((id === 'pipelines' && pipelinesDirty) || (id === 'lostReasons' && reasonsDirty)) && (
              <span className="dirty-dot" title={t('dealSettings.unsaved')}>
                <span className="visually-hidden">{t('dealSettings.unsaved')}</span>
              </span>
            )}
          </button>
        ))}
      </div>
      {TABS.map((id) => (
        <div
          key={id}
          role="tabpanel"
          id={`deal-settings-panel-${id}`}
          aria-labelledby={`deal-settings-tab-${id}`}
          className="settings-panel"
          hidden={tab !== id}
        >
          {panels[id]}
        </div>
      ))}
      {blocker.state === 'blocked' && (
        <ConfirmDialog
          title={t('dealSettings.discardTitle')}
          body={t('dealSettings.discardBody')}
          confirmLabel={t('dealSettings.discard')}
          onClose={() => {
            if (!proceeding.current) blocker.reset();
            proceeding.current = false;
          }}
          onConfirm={() => {
            proceeding.current = true;
            blocker.proceed();
          }}
        />
      )}
    </div>
  );
}
