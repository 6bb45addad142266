// The icon of an activity kind in a tinted circle.
import type { ActivityKind } from '@shared/domain/activity';
import { Icon } from '../../components/Icon';

export function ActivityKindIcon({ kind }: { kind: ActivityKind }) {
  return (
    <span className={`kind-icon kind-${kind}`} aria-hidden="true">
      <Icon name={kind} size={15} />
    </span>
  );
}
