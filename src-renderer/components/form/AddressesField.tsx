// An editable list of postal addresses as a react-hook-form field array.
import {
  type ArrayPath,
  type FieldArray,
  type FieldValues,
  type Path,
  type UseFormReturn,
  get,
  useFieldArray,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../Button';
import { IconButton } from '../IconButton';
import { TextField } from '../TextField';
import { ADDRESS_LABELS, labelText } from './labelOptions';

interface AddressesFieldProps<T extends FieldValues, U extends FieldValues> {
  form: UseFormReturn<T, unknown, U>;
  name: ArrayPath<T>;
}

const PARTS = ['street', 'city', 'region', 'postalCode', 'country'] as const;

export function AddressesField<T extends FieldValues, U extends FieldValues>({
  form,
  name,
}: AddressesFieldProps<T, U>) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({
    control: form.control,
    name,
  });
  return (
    <fieldset className="fieldset">
      <legend>{t('form.addresses')}</legend>
      {fields.map((field, index) => (
        <div key={field.id} className="address-block">
          <div className="address-head">
            <select
              className="input select repeat-label"
              aria-label={`${t('form.addresses')} ${index + 1} ${t('form.label')}`}
              {...form.register(`${name}.${index}.label` as Path<T>)}
            >
              {ADDRESS_LABELS.map((l) => (
                <option key={l} value={l}>
                  {labelText(l, t)}
                </option>
              ))}
            </select>
            <IconButton
              icon="close"
              label={t('form.removeItem', {
                what: t('form.addresses'),
                n: index + 1,
              })}
              onClick={() => remove(index)}
            />
          </div>
          <div className="address-grid">
            {PARTS.map((part) => (
              <TextField
                key={part}
                fieldClassName={`address-${part}`}
                label={t(`form.${part}`)}
                placeholder={part === 'country' ? t('form.countryPlaceholder') : undefined}
                maxLength={part === 'country' ? 2 : undefined}
                error={
                  (get(form.formState.errors, `${name}.${index}.${part}`) as { message?: string } | undefined)?.message
                }
                {...form.register(`${name}.${index}.${part}` as Path<T>)}
              />
            ))}
          </div>
        </div>
      ))}
      <Button
        variant="ghost"
        size="sm"
        icon="plus"
        onClick={() =>
          append(
            {
              label: 'work',
              street: '',
              city: '',
              region: '',
              postalCode: '',
              country: '',
            } as FieldArray<T, ArrayPath<T>>,
            { focusName: `${name}.${fields.length}.street` },
          )
        }
      >
        {t('form.addAddress')}
      </Button>
    </fieldset>
  );
}
