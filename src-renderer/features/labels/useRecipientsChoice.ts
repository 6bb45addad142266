// Who a print is for and how each address reads, as the labels and envelopes pages both ask: the scope the
// address passed in (or everyone), the sticky recipient options (shared by both outputs, so a choice carries
// over), and main's answer for them (how many, the first blocks, who is left out).
import type { RecipientsInput } from '@shared/validation/labels';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useStickyState } from '../../hooks/useStickyState';
import { useFormat } from '../../i18n/useFormat';
import { DEFAULT_RECIPIENT_OPTIONS, defaultSenderCountry, type RecipientOptions } from './labelOptions';
import { recipientsScope, scopeFromParams, scopeKinds, type ScopeKind } from './labelScope';

/** `window`: which labels' address blocks the page previews (from which label, how many). */
export function useRecipientsChoice(window: { from: number; count: number } = { from: 0, count: 200 }) {
  const { locale } = useFormat();
  const [params] = useSearchParams();
  const paramsKey = params.toString();
  const url = useMemo(() => scopeFromParams(new URLSearchParams(paramsKey)), [paramsKey]);

  // The scope the address passed in is chosen first; a new address (another selection) chooses again.
  const [chosenScope, setChosenScope] = useState<{ for: string; kind: ScopeKind } | null>(null);
  const scope = chosenScope?.for === paramsKey ? chosenScope.kind : (scopeKinds(url)[0] ?? 'everyone');

  const [chosenOptions, setOptions] = useStickyState('labels.options', DEFAULT_RECIPIENT_OPTIONS);
  // The sender's country follows the language (settings load after the first render) until one is picked.
  const [senderCountry, setSenderCountry] = useStickyState<string | null>('labels.senderCountry', null);
  const options: RecipientOptions = { ...chosenOptions, senderCountry: senderCountry ?? defaultSenderCountry(locale) };
  const changeOptions = ({ senderCountry: country, ...change }: Partial<RecipientOptions>) => {
    if (country !== undefined) setSenderCountry(country);
    setOptions((o) => ({ ...o, ...change }));
  };

  const views = useApiQuery(
    url.viewId !== undefined ? 'views:contact' : null,
    () => api.views.list({ entity: 'contact' }),
    ['view'],
  );
  const viewName = views.data?.find((v) => v.id === url.viewId)?.name;

  const recipientsInput: RecipientsInput = { ...recipientsScope(scope, url), ...options };
  // Typing a number of copies should not ask main once per keystroke.
  const requestKey = useDebouncedValue(JSON.stringify({ recipients: recipientsInput, locale }), 250);
  const windowKey = `${window.from}:${window.count}`;
  const recipients = useApiQuery(
    `labels.recipients:${requestKey}:${windowKey}`,
    () =>
      api.labels.recipients({
        ...(JSON.parse(requestKey) as { recipients: RecipientsInput; locale: typeof locale }),
        window,
      }),
    // Settings hold the address layouts the blocks follow; a saved view by segment follows deals and activities.
    ['contact', 'company', 'settings', 'deal', 'activity'],
  );

  return {
    url,
    viewName,
    scope,
    chooseScope: (kind: ScopeKind) => setChosenScope({ for: paramsKey, kind }),
    options,
    changeOptions,
    recipientsInput,
    recipients,
  };
}
