// A titled panel on a detail page.
import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

interface CardProps {
  title: string;
  icon?: IconName;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

export function Card({ title, icon, actions, children, className }: CardProps) {
  return (
    <section className={`card ${className ?? ''}`} aria-label={title}>
      <header className="card-header">
        <h3>
          {icon && <Icon name={icon} />}
          {title}
        </h3>
        {actions}
      </header>
      <div className="card-body">{children}</div>
    </section>
  );
}
