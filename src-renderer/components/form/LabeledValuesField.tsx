// An editable list of (label, value) pairs — phones or emails — as a react-hook-form field array.
import {
  type ArrayPath,
  type FieldArray,
  type FieldValues,
  type Path,
  type UseFormReturn,
  get,
  useFieldArray,
  useWatch,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../Button';
import { IconButton } from '../IconButton';
import { labelText } from './labelOptions';

interface LabeledValuesFieldProps<T extends FieldValues, U extends FieldValues> {
  form: UseFormReturn<T, unknown, U>;
  name: ArrayPath<T>;
  legend: string;
  itemLabel: string;
  addLabel: string;
  labels: readonly string[];
  inputType: 'tel' | 'email';
}

export function LabeledValuesField<T extends FieldValues, U extends FieldValues>(props: LabeledValuesFieldProps<T, U>) {
  const { form, name, legend, itemLabel, addLabel, labels, inputType } = props;
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({
    control: form.control,
    name,
  });
  const current = useWatch({
    control: form.control,
    name: name as unknown as Path<T>,
  }) as Array<{ label: string }> | undefined;

  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      {fields.map((field, index) => {
        const error = (get(form.formState.errors, `${name}.${index}.value`) as { message?: string } | undefined)
          ?.message;
        const currentLabel = current?.[index]?.label ?? '';
        const options = labels.includes(currentLabel) || currentLabel === '' ? labels : [...labels, currentLabel];
        const valueId = `${name}-${field.id}-value`;
        return (
          <div key={field.id} className="repeat-row">
            <select
              className="input select repeat-label"
              aria-label={`${itemLabel} ${index + 1} ${t('form.label')}`}
              {...form.register(`${name}.${index}.label` as Path<T>)}
            >
              {options.map((l) => (
                <option key={l} value={l}>
                  {labelText(l, t)}
                </option>
              ))}
            </select>
            <div className="repeat-value">
              <label htmlFor={valueId} className="visually-hidden">
                {`${itemLabel} ${index + 1}`}
              </label>
              <input
                id={valueId}
                type={inputType}
                className="input"
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${valueId}-error` : undefined}
                autoComplete="off"
                {...form.register(`${name}.${index}.value` as Path<T>)}
              />
              {error && (
                <p id={`${valueId}-error`} className="field-error" role="alert">
                  {t(error)}
                </p>
              )}
            </div>
            <IconButton
              icon="close"
              label={t('form.removeItem', { what: itemLabel, n: index + 1 })}
              onClick={() => remove(index)}
            />
          </div>
        );
      })}
      <Button
        variant="ghost"
        size="sm"
        icon="plus"
        onClick={() =>
          append({ label: labels[0] ?? '', value: '' } as FieldArray<T, ArrayPath<T>>, {
            focusName: `${name}.${fields.length}.value`,
          })
        }
      >
        {addLabel}
      </Button>
    </fieldset>
  );
}
