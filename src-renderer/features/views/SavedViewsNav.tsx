// The saved views of one list, under its entry in the sidebar: open one, or delete it.
import type { SavedView } from '@shared/domain/views';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation, useNavigate } from 'react-router';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { IconButton } from '../../components/IconButton';
import { useToast } from '../../components/useToast';

export function SavedViewsNav({ entity }: { entity: SavedView['entity'] }) {
  const { t } = useTranslation();
  const toast = useToast();
  const location = useLocation();
  const navigate = useNavigate();
  const { data: views } = useApiQuery(`views:${entity}`, () => api.views.list({ entity }), ['view']);
  const [deleting, setDeleting] = useState<SavedView | null>(null);
  const base = entity === 'contact' ? '/contacts' : '/companies';
  const activeId = location.pathname === base ? new URLSearchParams(location.search).get('view') : null;

  if (!views || views.length === 0) return null;
  return (
    <>
      <ul className="nav-views" aria-label={t('nav.savedViews')}>
        {views.map((view) => (
          <li key={view.id} className="nav-view">
            <NavLink
              to={`${base}?view=${view.id}`}
              className={() => `nav-item nav-item-sub ${activeId === String(view.id) ? 'is-active' : ''}`}
            >
              <Icon name="bookmark" size={14} />
              <span>{view.name}</span>
            </NavLink>
            <IconButton
              icon="close"
              className="nav-view-delete"
              label={t('nav.deleteView', { name: view.name })}
              onClick={() => setDeleting(view)}
            />
          </li>
        ))}
      </ul>
      {deleting && (
        <ConfirmDialog
          title={t('filters.deleteViewTitle', { name: deleting.name })}
          body={t('filters.deleteViewBody')}
          confirmLabel={t('common.delete')}
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await api.views.delete({ id: deleting.id });
            toast.show({ message: t('filters.viewDeleted') });
            if (activeId === String(deleting.id)) void navigate(base);
          }}
        />
      )}
    </>
  );
}
