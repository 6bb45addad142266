// Who a label print is for, as the address names it (#/labels?ids=1,2,3, ?viewId=5, ?tag=VIP), and the part of
// the labels.recipients input each choice becomes.
import type { RecipientsInput } from '@shared/validation/labels';

export type ScopeKind = 'selection' | 'view' | 'tag' | 'everyone';

export interface ScopeFromUrl {
  ids?: number[];
  viewId?: number;
  tag?: string;
}

const positiveId = (text: string) => {
  const n = Number(text.trim());
  return Number.isInteger(n) && n > 0 ? n : null;
};

export function scopeFromParams(params: URLSearchParams): ScopeFromUrl {
  const ids = (params.get('ids') ?? '')
    .split(',')
    .map(positiveId)
    .filter((n): n is number => n !== null);
  const viewId = positiveId(params.get('viewId') ?? '');
  const tag = params.get('tag')?.trim();
  return {
    ...(ids.length > 0 ? { ids } : {}),
    ...(viewId !== null ? { viewId } : {}),
    ...(tag ? { tag } : {}),
  };
}

/** The choices the page offers: what the address passed in, then everyone. */
export function scopeKinds(url: ScopeFromUrl): ScopeKind[] {
  return [
    ...(url.ids ? (['selection'] as const) : []),
    ...(url.viewId !== undefined ? (['view'] as const) : []),
    ...(url.tag ? (['tag'] as const) : []),
    'everyone',
  ];
}

export function recipientsScope(
  kind: ScopeKind,
  url: ScopeFromUrl,
): Pick<RecipientsInput, 'ids' | 'viewId' | 'filter'> {
  if (kind === 'selection' && url.ids) return { ids: url.ids };
  if (kind === 'view' && url.viewId !== undefined) return { viewId: url.viewId };
  if (kind === 'tag' && url.tag) return { filter: { tags: [url.tag] } };
  return {};
}
