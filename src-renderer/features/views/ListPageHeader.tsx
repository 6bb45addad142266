// The header of a list screen: its title and count, and either the list's own actions (sort, new) or, while
// rows are selected, what can be done with the selection.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';

interface ListPageHeaderProps {
  title: string;
  /** "1,234 people": undefined while the first page loads. */
  countText: string | undefined;
  selectedCount: number;
  onClearSelection: () => void;
  onMoveSelectionToTrash: () => void;
  /** More actions on the selection, shown before Move to Trash (Export…). */
  selectionActions?: ReactNode;
  /** The actions shown when nothing is selected. */
  children: ReactNode;
}

export function ListPageHeader(props: ListPageHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="page-header">
      <div className="page-title">
        <h1>{props.title}</h1>
        {props.countText !== undefined && <span className="page-count">{props.countText}</span>}
      </div>
      <div className="page-actions">
        {props.selectedCount > 0 ? (
          <>
            <span className="selection-count">{t('contacts.selected', { count: props.selectedCount })}</span>
            <Button variant="ghost" onClick={props.onClearSelection}>
              {t('common.clear')}
            </Button>
            {props.selectionActions}
            <Button variant="danger" icon="trash" onClick={props.onMoveSelectionToTrash}>
              {t('contacts.moveToTrash')}
            </Button>
          </>
        ) : (
          props.children
        )}
      </div>
    </header>
  );
}
