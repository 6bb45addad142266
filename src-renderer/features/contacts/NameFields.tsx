// Given + family name, or one full name (how Chinese names are usually written: 张三, family first).
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ContactInput } from '@shared/validation/contact';
import { TextField } from '../../components/TextField';
import { type ContactFormValues, joinName, splitName } from './contactFormValues';

interface NameFieldsProps {
  form: UseFormReturn<ContactFormValues, unknown, ContactInput>;
  oneName: boolean;
  onOneNameChange: (oneName: boolean) => void;
}

export function NameFields({ form, oneName, onOneNameChange }: NameFieldsProps) {
  const { t, i18n } = useTranslation();
  const nameError = form.formState.errors.givenName?.message ?? form.formState.errors.fullName?.message;

  const toggle = (next: boolean) => {
    const v = form.getValues();
    if (next) {
      form.setValue('fullName', v.fullName || joinName(v.givenName, v.familyName));
      form.setValue('givenName', '');
      form.setValue('familyName', '');
    } else {
      const parts = splitName(v.fullName);
      form.setValue('givenName', v.givenName || parts.givenName);
      form.setValue('familyName', v.familyName || parts.familyName);
      form.setValue('fullName', '');
    }
    form.clearErrors(['givenName', 'fullName']);
    onOneNameChange(next);
  };

  const given = (
    <TextField
      key="given"
      label={t('form.givenName')}
      autoComplete="off"
      data-autofocus
      error={nameError}
      {...form.register('givenName')}
    />
  );
  const family = (
    <TextField key="family" label={t('form.familyName')} autoComplete="off" {...form.register('familyName')} />
  );
  return (
    <div className="name-fields">
      {oneName ? (
        <TextField
          label={t('form.fullName')}
          hint={t('form.fullNameHint')}
          autoComplete="off"
          data-autofocus
          error={nameError}
          {...form.register('fullName')}
        />
      ) : (
        <div className="form-row">{i18n.language === 'zh-CN' ? [family, given] : [given, family]}</div>
      )}
      <label className="checkbox name-toggle">
        <input type="checkbox" checked={oneName} onChange={(e) => toggle(e.target.checked)} />
        <span>{t('form.oneFullName')}</span>
      </label>
    </div>
  );
}
