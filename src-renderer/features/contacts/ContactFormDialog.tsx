// Create or edit a person. Validates with the same zod schema main uses, so messages appear inline
// before anything is sent; warns (without blocking) when the email or phone is already known.
import { zodResolver } from '@hookform/resolvers/zod';
import { LIFECYCLE_STAGES, type Contact } from '@shared/domain/contact';
import { type ContactInput, contactInput } from '@shared/validation/contact';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';
import { Dialog } from '../../components/Dialog';
import { AddressesField } from '../../components/form/AddressesField';
import { FormDialogFooter } from '../../components/form/FormDialogFooter';
import { useSaveSubmit } from '../../components/form/useSaveSubmit';
import { EMAIL_LABELS, PHONE_LABELS } from '../../components/form/labelOptions';
import { LabeledValuesField } from '../../components/form/LabeledValuesField';
import { Select } from '../../components/Select';
import { TagInput } from '../../components/TagInput';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { CompanyPicker, type PickedCompany } from '../companies/CompanyPicker';
import { type ContactFormValues, contactToFormValues, newContactFormValues } from './contactFormValues';
import { DuplicateWarning } from './DuplicateWarning';
import { NameFields } from './NameFields';
import { useContactDuplicates } from './useContactDuplicates';

interface ContactFormDialogProps {
  contact?: Contact;
  preset?: { companyId: number; companyName: string };
  onClose: () => void;
  onSaved: (contact: Contact) => void;
}

const FORM_ID = 'contact-form';

export function ContactFormDialog({ contact, preset, onClose, onSaved }: ContactFormDialogProps) {
  const { t, i18n } = useTranslation();
  const form = useForm<ContactFormValues, unknown, ContactInput>({
    resolver: zodResolver(contactInput),
    defaultValues: contact ? contactToFormValues(contact) : newContactFormValues(preset?.companyId ?? null),
  });
  const [oneName, setOneName] = useState(contact ? contact.fullName !== '' : i18n.language === 'zh-CN');
  const [company, setCompany] = useState<PickedCompany | null>(
    contact?.companyId
      ? { id: contact.companyId, name: contact.companyName ?? '' }
      : preset
        ? { id: preset.companyId, name: preset.companyName }
        : null,
  );
  const [emails, phones, tags] = useWatch({
    control: form.control,
    name: ['emails', 'phones', 'tags'],
  });
  const duplicates = useContactDuplicates(emails, phones, contact?.id ?? null);
  const facets = useApiQuery('contacts.facets', () => api.contacts.facets({}), ['contact']);
  const errors = form.formState.errors;

  const submit = useSaveSubmit(form, {
    issuePrefix: 'contact',
    save: (values) =>
      contact ? api.contacts.update({ id: contact.id, contact: values }) : api.contacts.create({ contact: values }),
    successMessage: (saved) => (contact ? t('form.updated') : t('form.created', { name: saved.displayName })),
    onSaved,
  });

  return (
    <Dialog
      title={contact ? t('contacts.editTitle') : t('contacts.newTitle')}
      onClose={onClose}
      size="lg"
      footer={<FormDialogFooter formId={FORM_ID} submitting={form.formState.isSubmitting} onCancel={onClose} />}
    >
      <form id={FORM_ID} className="entity-form" noValidate onSubmit={(e) => void submit(e)}>
        <NameFields form={form} oneName={oneName} onOneNameChange={setOneName} />
        <div className="form-row">
          <TextField
            label={t('form.title')}
            autoComplete="off"
            error={errors.title?.message}
            {...form.register('title')}
          />
          <CompanyPicker
            value={company}
            onChange={(picked) => {
              setCompany(picked);
              form.setValue('companyId', picked?.id ?? null, {
                shouldDirty: true,
              });
            }}
          />
        </div>
        <DuplicateWarning hits={duplicates} onOpen={onClose} />
        <LabeledValuesField
          form={form}
          name="emails"
          legend={t('form.emails')}
          itemLabel={t('form.email')}
          addLabel={t('form.addEmail')}
          labels={EMAIL_LABELS}
          inputType="email"
        />
        <LabeledValuesField
          form={form}
          name="phones"
          legend={t('form.phones')}
          itemLabel={t('form.phone')}
          addLabel={t('form.addPhone')}
          labels={PHONE_LABELS}
          inputType="tel"
        />
        <AddressesField form={form} name="addresses" />
        <div className="form-row">
          <TextField
            label={t('form.birthday')}
            hint={t('form.birthdayHint')}
            placeholder="1990-05-17"
            autoComplete="off"
            error={errors.birthday?.message}
            {...form.register('birthday', {
              setValueAs: (v: string | null) => (v === null || v.trim() === '' ? null : v),
            })}
          />
          <Select
            label={t('form.lifecycle')}
            options={LIFECYCLE_STAGES.map((s) => ({
              value: s,
              label: t(`lifecycle.${s}`),
            }))}
            {...form.register('lifecycle')}
          />
        </div>
        <TagInput
          label={t('form.tags')}
          value={tags ?? []}
          suggestions={facets.data?.tags}
          error={errors.tags?.message ?? errors.tags?.find?.((e) => e?.message)?.message}
          onChange={(next) =>
            form.setValue('tags', next, {
              shouldDirty: true,
              shouldValidate: form.formState.isSubmitted,
            })
          }
        />
        <TextArea label={t('form.notes')} rows={4} error={errors.notes?.message} {...form.register('notes')} />
        {Object.keys(errors).length > 0 && (
          <p className="form-error-summary" role="alert">
            {t('form.fixErrors')}
          </p>
        )}
      </form>
    </Dialog>
  );
}
