// A modal dialog: role=dialog, labelled by its title, focus kept inside, Escape closes (the top one only),
// focus returns to where it was. Rendered in a portal above everything.
import { type ReactNode, useEffect, useId, useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { dialogStack } from './dialogStack';
import { IconButton } from './IconButton';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  size?: 'sm' | 'md' | 'lg';
  /** Hide the visible title (still the accessible name). */
  hideTitle?: boolean;
  className?: string;
  role?: 'dialog' | 'alertdialog';
  describedBy?: string;
}

export function Dialog({
  title,
  onClose,
  children,
  footer,
  size = 'md',
  hideTitle,
  className,
  role,
  describedBy,
}: DialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  useLayoutEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const id = Symbol('dialog');
    dialogStack.push(id);
    const previous = document.activeElement as HTMLElement | null;
    const node = panel.current;
    // Autofocus: an element marked data-autofocus, else the first field, else the panel itself.
    const target =
      node?.querySelector<HTMLElement>('[data-autofocus]') ??
      node?.querySelector<HTMLElement>('input:not([type=checkbox]), textarea, select') ??
      node;
    target?.focus();

    const onKey = (event: KeyboardEvent) => {
      if (!dialogStack.isTop(id)) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        onCloseRef.current();
      } else if (event.key === 'Tab' && node) {
        const items = [...node.querySelectorAll<HTMLElement>(FOCUSABLE)];
        const first = items[0];
        const last = items[items.length - 1];
        if (!first || !last) return;
        if (event.shiftKey && document.activeElement === first) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault();
          first.focus();
        } else if (!node.contains(document.activeElement)) {
          event.preventDefault();
          first.focus();
        }
      }
    };
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      dialogStack.remove(id);
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  return createPortal(
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={panel}
        role={role ?? 'dialog'}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        tabIndex={-1}
        className={`dialog dialog-${size} ${className ?? ''}`}
      >
        <header className={hideTitle ? 'dialog-header visually-hidden' : 'dialog-header'}>
          <h2 id={titleId}>{title}</h2>
          {!hideTitle && <IconButton icon="close" label={t('common.close')} onClick={onClose} />}
        </header>
        <div className="dialog-body">{children}</div>
        {footer && <footer className="dialog-footer">{footer}</footer>}
      </div>
    </div>,
    document.body,
  );
}
