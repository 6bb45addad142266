// The labels screen's two outputs, as tabs in both pages' headers: label sheets and envelopes. The address's
// query (who the print is for: ?tag=, ?ids=, ?viewId=) goes along, so switching keeps the same recipients.
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { Icon } from '../../components/Icon';

export function LabelsTabs() {
  const { t } = useTranslation();
  const { search } = useLocation();
  const tabs = [
    { to: '/labels', icon: 'list', label: t('mailingLabels.envelopes.tabs.sheets') },
    { to: '/labels/envelopes', icon: 'email', label: t('mailingLabels.envelopes.tabs.envelopes') },
  ] as const;
  return (
    <nav className="labels-tabs" aria-label={t('mailingLabels.envelopes.tabs.label')}>
      {tabs.map((tab) => (
        <NavLink
          key={tab.to}
          to={{ pathname: tab.to, search }}
          end
          className={({ isActive }) => `labels-tab ${isActive ? 'is-active' : ''}`}
        >
          <Icon name={tab.icon} size={14} />
          {tab.label}
        </NavLink>
      ))}
    </nav>
  );
}
