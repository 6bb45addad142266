// Left navigation: search, the two lists with their saved views, At a glance, Import, Trash and Settings.
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { Icon, type IconName } from '../components/Icon';
import { IconButton } from '../components/IconButton';
import { Kbd } from '../components/Kbd';
import { SavedViewsNav } from '../features/views/SavedViewsNav';
import { ReminderCentreButton } from '../features/calendar/ReminderCentre';
import { useCommands } from './commandsContext';

function NavItem({ to, icon, label }: { to: string; icon: IconName; label: string }) {
  return (
    <NavLink to={to} end={false} className={({ isActive }) => `nav-item ${isActive ? 'is-active' : ''}`}>
      <Icon name={icon} />
      <span>{label}</span>
    </NavLink>
  );
}

export function Sidebar() {
  const { t } = useTranslation();
  const commands = useCommands();
  return (
    <aside className="sidebar">
      <div className="sidebar-brand">
        <span className="brand-mark" aria-hidden="true">
          R
        </span>
        <span className="brand-name">{t('app.name')}</span>
      </div>
      <button type="button" className="search-button" onClick={commands.openSearch}>
        <Icon name="search" />
        <span>{t('nav.search')}</span>
        <Kbd keys="Mod+K" />
      </button>
      <nav aria-label={t('nav.main')} className="sidebar-nav">
        <NavItem to="/today" icon="sun" label={t('nav.today')} />
        <div className="nav-group">
          <div className="nav-row">
            <NavItem to="/contacts" icon="person" label={t('nav.contacts')} />
            <IconButton
              icon="plus"
              label={t('nav.newContact')}
              className="nav-add"
              onClick={() => commands.newContact()}
            />
          </div>
          <SavedViewsNav entity="contact" />
        </div>
        <div className="nav-group">
          <div className="nav-row">
            <NavItem to="/companies" icon="company" label={t('nav.companies')} />
            <IconButton icon="plus" label={t('nav.newCompany')} className="nav-add" onClick={commands.newCompany} />
          </div>
          <SavedViewsNav entity="company" />
        </div>
        <NavItem to="/customers/insights" icon="chart" label={t('insights.nav')} />
        <NavItem to="/calendar" icon="calendar" label={t('nav.calendar')} />
        <div className="nav-group">
          <NavItem to="/deals" icon="funnel" label={t('nav.deals')} />
        </div>
        <NavItem to="/labels" icon="tag" label={t('nav.labels')} />
        <NavItem to="/import" icon="upload" label={t('nav.import')} />
        <div className="nav-spacer" />
        <ReminderCentreButton />
        <NavItem to="/trash" icon="trash" label={t('nav.trash')} />
        <NavItem to="/settings" icon="settings" label={t('nav.settings')} />
      </nav>
    </aside>
  );
}
