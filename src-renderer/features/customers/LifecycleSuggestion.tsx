// A pending lifecycle suggestion on a person's page ("Suggested: Repeat customer (2nd purchase)"): the user
// accepts it (their stage changes) or ignores it (it is not offered again until another one applies). Rapport
// never changes a lifecycle by itself.
import type { CustomerValue } from '@shared/domain/customers';
import type { LifecycleStage } from '@shared/domain/contact';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/useToast';
import './customers.css';

interface LifecycleSuggestionProps {
  contactId: number;
  value: Pick<CustomerValue, 'suggestion' | 'ordersEver' | 'daysSinceLastPurchase'>;
}

export function LifecycleSuggestion({ contactId, value }: LifecycleSuggestionProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  // Hidden at once when acted on; the next answer from main has no suggestion (or a new one).
  const [settled, setSettled] = useState<LifecycleStage | null>(null);
  const suggestion = value.suggestion;
  // Once main's answer no longer has it, a later suggestion of the same stage is a new one.
  if (settled !== null && suggestion !== settled) setSettled(null);
  if (!suggestion || suggestion === settled) return null;

  const stage = t(`lifecycle.${suggestion}`);
  const why =
    suggestion === 'lapsed'
      ? t('customerValue.suggestion.quiet', { count: value.daysSinceLastPurchase })
      : t('customerValue.suggestion.purchase', { count: value.ordersEver, ordinal: true });

  const act = async (how: 'accept' | 'ignore') => {
    setBusy(true);
    try {
      if (how === 'accept') {
        await api.customers.acceptSuggestion({ contactId });
        toast.show({ message: t('customerValue.suggestion.accepted', { stage }) });
      } else {
        await api.customers.ignoreSuggestion({ contactId });
      }
      setSettled(suggestion);
    } catch (error) {
      toast.show({ message: t('common.error', { message: (error as Error).message }), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="lifecycle-suggestion" aria-label={t('customerValue.suggestion.label')}>
      <Icon name="sparkle" />
      <span className="lifecycle-suggestion-text">{t('customerValue.suggestion.text', { stage, why })}</span>
      <span className="lifecycle-suggestion-actions">
        <Button size="sm" variant="primary" disabled={busy} onClick={() => void act('accept')}>
          {t('customerValue.suggestion.accept')}
        </Button>
        <Button size="sm" variant="ghost" disabled={busy} onClick={() => void act('ignore')}>
          {t('customerValue.suggestion.ignore')}
        </Button>
      </span>
    </section>
  );
}
