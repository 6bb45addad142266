// Add or edit a product of the catalogue: name, SKU, unit price. A new product is priced in the user's
// currency; an existing one keeps its own. A SKU another product has is refused on the SKU field.
import { zodResolver } from '@hookform/resolvers/zod';
import type { Product } from '@shared/domain/deals';
import { type ProductInput, productInput } from '@shared/validation/deals';
import { useId } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/api';
import { useSettings } from '../../../app/settingsContext';
import { Dialog } from '../../../components/Dialog';
import { FormDialogFooter } from '../../../components/form/FormDialogFooter';
import { MoneyInput } from '../../../components/form/MoneyInput';
import { useSaveSubmit } from '../../../components/form/useSaveSubmit';
import { TextField } from '../../../components/TextField';

interface ProductFormDialogProps {
  product?: Product;
  onClose: () => void;
  onSaved: (product: Product) => void;
}

export function ProductFormDialog({ product, onClose, onSaved }: ProductFormDialogProps) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const formId = useId();
  const form = useForm<ProductInput>({
    resolver: zodResolver(productInput),
    defaultValues: product
      ? { name: product.name, sku: product.sku, unitPrice: product.unitPrice, currency: product.currency }
      : { name: '', sku: '', unitPrice: 0, currency: settings.currency },
  });
  const currency = form.getValues('currency');
  const errors = form.formState.errors;
  const submit = useSaveSubmit(form, {
    issuePrefix: 'product',
    save: (values) =>
      product ? api.products.update({ id: product.id, product: values }) : api.products.create({ product: values }),
    successMessage: (saved) =>
      t(product ? 'dealSettings.products.updated' : 'dealSettings.products.created', { name: saved.name }),
    onSaved,
  });

  return (
    <Dialog
      title={product ? t('dealSettings.products.editTitle') : t('dealSettings.products.newTitle')}
      onClose={onClose}
      className="product-dialog"
      footer={<FormDialogFooter formId={formId} submitting={form.formState.isSubmitting} onCancel={onClose} />}
    >
      <form id={formId} className="entity-form" noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          label={t('dealSettings.products.name')}
          autoComplete="off"
          error={errors.name?.message}
          {...form.register('name')}
        />
        <div className="form-row">
          <TextField
            label={t('dealSettings.products.sku')}
            hint={t('dealSettings.products.skuHint')}
            autoComplete="off"
            error={errors.sku?.message}
            {...form.register('sku')}
          />
          <Controller
            control={form.control}
            name="unitPrice"
            render={({ field, fieldState }) => (
              <MoneyInput
                label={t('dealSettings.products.unitPrice')}
                hint={t('dealSettings.products.priceHint', { currency })}
                currency={currency}
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error?.message ?? errors.currency?.message}
              />
            )}
          />
        </div>
      </form>
    </Dialog>
  );
}
