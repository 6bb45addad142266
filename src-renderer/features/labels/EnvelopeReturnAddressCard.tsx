// The sender's address on the envelopes page: the lines as they print (kept in settings, saved on blur or with
// Save) and whether to print them at all.
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { TextArea } from '../../components/TextArea';
import type { useReturnAddressSetting } from './useReturnAddressSetting';

interface EnvelopeReturnAddressCardProps {
  address: ReturnType<typeof useReturnAddressSetting>;
  print: boolean;
  onPrintChange: (print: boolean) => void;
}

export function EnvelopeReturnAddressCard({ address, print, onPrintChange }: EnvelopeReturnAddressCardProps) {
  const { t } = useTranslation();
  const { status, issue } = address;
  return (
    <Card title={t('mailingLabels.envelopes.returnAddress.heading')} icon="pin" className="labels-card">
      <div className="labels-form">
        <label className="checkbox">
          <input type="checkbox" checked={print} onChange={(e) => onPrintChange(e.target.checked)} />
          {t('mailingLabels.envelopes.returnAddress.print')}
        </label>
        <TextArea
          label={t('mailingLabels.envelopes.returnAddress.lines')}
          placeholder={t('mailingLabels.envelopes.returnAddress.placeholder')}
          hint={issue ? undefined : t('mailingLabels.envelopes.returnAddress.hint')}
          error={issue ? t(`mailingLabels.envelopes.returnAddress.${issue}`) : undefined}
          rows={4}
          value={address.text}
          onChange={(e) => address.setText(e.target.value)}
          onBlur={() => void address.save()}
        />
        <div className="envelopes-return-actions">
          <Button
            size="sm"
            icon="check"
            disabled={!address.changed || issue !== null || status.kind === 'saving'}
            onClick={() => void address.save()}
          >
            {status.kind === 'saving'
              ? t('mailingLabels.envelopes.returnAddress.saving')
              : t('mailingLabels.envelopes.returnAddress.save')}
          </Button>
          <span className={`small ${status.kind === 'failed' ? 'is-error' : 'muted'}`} role="status">
            {status.kind === 'saved' && !address.changed && t('mailingLabels.envelopes.returnAddress.saved')}
            {status.kind === 'failed' && t('common.error', { message: status.message })}
          </span>
        </div>
      </div>
    </Card>
  );
}
