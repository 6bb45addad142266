// Records what was given back on a won deal: the whole refund so far, at most its amount (0 takes the refund
// back). Revenue, customer value and segments count the deal net of it.
import { zodResolver } from '@hookform/resolvers/zod';
import type { Deal } from '@shared/domain/deals';
import { moneyMinor } from '@shared/validation/deals';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api } from '../../api/api';
import { Dialog } from '../../components/Dialog';
import { FormDialogFooter } from '../../components/form/FormDialogFooter';
import { MoneyInput } from '../../components/form/MoneyInput';
import { useSaveSubmit } from '../../components/form/useSaveSubmit';
import { useFormat } from '../../i18n/useFormat';

const FORM_ID = 'refund-form';

export function RefundDialog({ deal, onClose }: { deal: Deal; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  // The same rule main applies (validation.refundTooLarge), checked before asking it.
  const schema = useMemo(
    () => z.object({ refunded: moneyMinor.max(deal.amount, { error: 'validation.refundTooLarge' }) }),
    [deal.amount],
  );
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { refunded: deal.refunded },
  });
  const refunded = useWatch({ control: form.control, name: 'refunded' });
  const submit = useSaveSubmit(form, {
    issuePrefix: '',
    save: (values) => api.deals.refund({ id: deal.id, refunded: values.refunded }),
    successMessage: (saved) =>
      saved.refunded === 0 && deal.refunded > 0 ? t('customerValue.refund.cleared') : t('customerValue.refund.saved'),
    onSaved: onClose,
  });

  return (
    <Dialog
      title={t('customerValue.refund.title', { title: deal.title })}
      onClose={onClose}
      size="sm"
      footer={<FormDialogFooter formId={FORM_ID} submitting={form.formState.isSubmitting} onCancel={onClose} />}
    >
      <form id={FORM_ID} className="entity-form" noValidate onSubmit={(e) => void submit(e)}>
        <MoneyInput
          label={t('customerValue.refund.field')}
          currency={deal.currency}
          value={refunded}
          error={form.formState.errors.refunded?.message}
          hint={t('customerValue.refund.hint', { amount: format.money(deal.amount, deal.currency) })}
          onChange={(minor) => form.setValue('refunded', minor, { shouldDirty: true })}
        />
      </form>
    </Dialog>
  );
}
