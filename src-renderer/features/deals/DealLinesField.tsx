// A deal's product lines: picked from the catalogue (name, SKU and price copied, then editable) or typed in;
// each line's total and the deal's total follow as you type.
import type { Product } from '@shared/domain/deals';
import { lineTotal, linesTotal } from '@shared/deals/money';
import type { DealLineInput } from '@shared/validation/deals';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';
import { Button } from '../../components/Button';
import { MoneyInput } from '../../components/form/MoneyInput';
import { IconButton } from '../../components/IconButton';
import { useFormat } from '../../i18n/useFormat';

export function DealLinesField({
  lines,
  currency,
  onChange,
  errors,
}: {
  lines: DealLineInput[];
  currency: string;
  onChange: (lines: DealLineInput[]) => void;
  errors?: Array<Partial<Record<keyof DealLineInput, { message?: string }>> | undefined>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const products = useApiQuery('products', () => api.products.list({ includeArchived: false }), ['product']);
  const set = (index: number, patch: Partial<DealLineInput>) =>
    onChange(lines.map((line, i) => (i === index ? { ...line, ...patch } : line)));
  const addProduct = (product: Product) =>
    onChange([
      ...lines,
      {
        productId: product.id,
        name: product.name,
        sku: product.sku,
        unitPrice: product.unitPrice,
        quantity: 1,
        discountPercent: 0,
      },
    ]);
  const message = (key?: string) => (key ? t(key) : undefined);

  return (
    <fieldset className="deal-lines">
      <legend className="field-label">{t('board.form.lines')}</legend>
      {lines.length > 0 && (
        <table className="deal-lines-table">
          <thead>
            <tr>
              <th>{t('board.form.line.name')}</th>
              <th>{t('board.form.line.unitPrice')}</th>
              <th>{t('board.form.line.quantity')}</th>
              <th>{t('board.form.line.discount')}</th>
              <th className="num">{t('board.form.line.total')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {lines.map((line, index) => (
              <tr key={index}>
                <td>
                  <input
                    className="input"
                    aria-label={t('board.form.line.name')}
                    value={line.name}
                    maxLength={200}
                    aria-invalid={errors?.[index]?.name !== undefined}
                    onChange={(e) => set(index, { name: e.target.value })}
                  />
                  {line.sku && <span className="muted small deal-line-sku">{line.sku}</span>}
                  {errors?.[index]?.name && (
                    <span className="field-error">{message(errors[index]?.name?.message)}</span>
                  )}
                </td>
                <td className="deal-line-price">
                  <MoneyInput
                    label={t('board.form.line.unitPrice')}
                    hideLabel
                    currency={currency}
                    value={line.unitPrice}
                    onChange={(unitPrice) => set(index, { unitPrice })}
                  />
                </td>
                <td className="deal-line-qty">
                  <input
                    className="input"
                    type="number"
                    min={0}
                    step="any"
                    aria-label={t('board.form.line.quantity')}
                    value={Number.isFinite(line.quantity) ? line.quantity : ''}
                    aria-invalid={errors?.[index]?.quantity !== undefined}
                    onChange={(e) => set(index, { quantity: e.target.value === '' ? NaN : Number(e.target.value) })}
                  />
                </td>
                <td className="deal-line-discount">
                  <input
                    className="input"
                    type="number"
                    min={0}
                    max={100}
                    step="any"
                    aria-label={t('board.form.line.discount')}
                    value={Number.isFinite(line.discountPercent) ? line.discountPercent : ''}
                    aria-invalid={errors?.[index]?.discountPercent !== undefined}
                    onChange={(e) =>
                      set(index, { discountPercent: e.target.value === '' ? 0 : Number(e.target.value) })
                    }
                  />
                </td>
                <td className="num deal-line-total">
                  {Number.isFinite(line.quantity) ? format.money(lineTotal(line), currency) : t('common.none')}
                </td>
                <td>
                  <IconButton
                    icon="close"
                    label={t('board.form.line.remove', { name: line.name })}
                    onClick={() => onChange(lines.filter((_, i) => i !== index))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={4} className="num">
                {t('board.form.linesTotal')}
              </td>
              <td className="num">
                <strong>{format.money(linesTotal(lines.filter((l) => Number.isFinite(l.quantity))), currency)}</strong>
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
      )}
      <div className="deal-lines-add">
        {(products.data ?? []).length > 0 && (
          <select
            className="input select"
            aria-label={t('board.form.addProduct')}
            value=""
            onChange={(e) => {
              const product = products.data?.find((p) => p.id === Number(e.target.value));
              if (product) addProduct(product);
            }}
          >
            <option value="">{t('board.form.addProduct')}</option>
            {products.data?.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.sku ? ` (${p.sku})` : ''} · {format.money(p.unitPrice, p.currency)}
              </option>
            ))}
          </select>
        )}
        <Button
          size="sm"
          icon="plus"
          onClick={() =>
            onChange([...lines, { productId: null, name: '', sku: '', unitPrice: 0, quantity: 1, discountPercent: 0 }])
          }
        >
          {t('board.form.addLine')}
        </Button>
      </div>
    </fieldset>
  );
}
