// Today → Lifecycle suggestions: "Ann Lee: Customer → Repeat customer (2nd purchase)", each accepted or ignored
// by the user — Rapport never changes a stage by itself. Hidden when there is nothing to decide.
import type { LifecycleSuggestion } from '@shared/domain/customers';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/api';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { useToast } from '../../components/useToast';
import { useFormat } from '../../i18n/useFormat';
import { LifecycleBadge } from '../contacts/LifecycleBadge';
import './keepInTouch.css';

const SHOWN = 5;

interface LifecycleSuggestionsCardProps {
  suggestions: readonly LifecycleSuggestion[];
  /** All pending, of which `suggestions` are the first. */
  total: number;
}

export function LifecycleSuggestionsCard({ suggestions, total }: LifecycleSuggestionsCardProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const { day } = useFormat();
  const [expanded, setExpanded] = useState(false);
  const [busy, setBusy] = useState<number | null>(null);
  if (total === 0) return null;
  const shown = expanded ? suggestions : suggestions.slice(0, SHOWN);
  const more = total - shown.length;

  const reason = (s: LifecycleSuggestion) =>
    s.suggested === 'lapsed'
      ? t('keepInTouch.suggestions.nothingSince', { date: day(s.lastPurchaseOn) })
      : s.suggested === 'repeat'
        ? t('keepInTouch.suggestions.purchaseNth', { count: s.ordersEver, ordinal: true })
        : t('keepInTouch.suggestions.boughtOn', { date: day(s.lastPurchaseOn) });

  const decide = async (s: LifecycleSuggestion, accept: boolean) => {
    setBusy(s.contactId);
    try {
      if (accept) {
        await api.customers.acceptSuggestion({ contactId: s.contactId });
        toast.show({
          message: t('keepInTouch.suggestions.accepted', { name: s.name, stage: t(`lifecycle.${s.suggested}`) }),
        });
      } else {
        await api.customers.ignoreSuggestion({ contactId: s.contactId });
        toast.show({ message: t('keepInTouch.suggestions.ignored', { name: s.name }) });
      }
    } catch (error) {
      toast.show({ message: t('common.error', { message: (error as Error).message }), tone: 'error' });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card title={t('keepInTouch.suggestions.title')} icon="sparkle" className="suggestions-card">
      <ul className="record-items" aria-label={t('keepInTouch.suggestions.listLabel')}>
        {shown.map((s) => (
          <li key={s.contactId} className="record-item suggestion-item" aria-label={s.name}>
            <div className="suggestion-main">
              <span className="suggestion-who">
                <Link to={`/contacts/${s.contactId}`} className="record-item-title">
                  {s.name}
                </Link>
                {t('keepInTouch.suggestions.colon')}
              </span>
              <span className="suggestion-change">
                <LifecycleBadge stage={s.current} />
                <span>→</span>
                <LifecycleBadge stage={s.suggested} />
                <span className="record-item-meta">{t('keepInTouch.suggestions.reason', { reason: reason(s) })}</span>
              </span>
            </div>
            <div className="suggestion-actions">
              <Button
                size="sm"
                variant="primary"
                disabled={busy === s.contactId}
                aria-label={t('keepInTouch.suggestions.acceptFor', {
                  name: s.name,
                  stage: t(`lifecycle.${s.suggested}`),
                })}
                onClick={() => void decide(s, true)}
              >
                {t('keepInTouch.suggestions.accept')}
              </Button>
              <Button
                size="sm"
                variant="ghost"
                disabled={busy === s.contactId}
                aria-label={t('keepInTouch.suggestions.ignoreFor', { name: s.name })}
                onClick={() => void decide(s, false)}
              >
                {t('keepInTouch.suggestions.ignore')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      {more > 0 && (
        <p className="muted keep-in-touch-more">
          {t('keepInTouch.suggestions.more', { count: more })}
          {!expanded && suggestions.length > shown.length && (
            <>
              {' · '}
              <button type="button" className="link-button" onClick={() => setExpanded(true)}>
                {t('keepInTouch.showMore')}
              </button>
            </>
          )}
        </p>
      )}
      <p className="field-hint">{t('keepInTouch.suggestions.hint')}</p>
    </Card>
  );
}
