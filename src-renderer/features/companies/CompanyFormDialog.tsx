// Create or edit a company, validated with the shared companyInput schema; warns about a same-named one.
import { zodResolver } from '@hookform/resolvers/zod';
import type { Company, DuplicateHit } from '@shared/domain/contact';
import { type CompanyInput, companyInput, emptyCompanyInput } from '@shared/validation/contact';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';
import { Dialog } from '../../components/Dialog';
import { AddressesField } from '../../components/form/AddressesField';
import { FormDialogFooter } from '../../components/form/FormDialogFooter';
import { useSaveSubmit } from '../../components/form/useSaveSubmit';
import { PHONE_LABELS, normalizeLabel } from '../../components/form/labelOptions';
import { LabeledValuesField } from '../../components/form/LabeledValuesField';
import { TagInput } from '../../components/TagInput';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { useDebouncedLookup } from '../../hooks/useDebouncedLookup';
import { DuplicateWarning } from '../contacts/DuplicateWarning';

type CompanyFormValues = z.input<typeof companyInput>;
const FORM_ID = 'company-form';

function toFormValues(company: Company): CompanyFormValues {
  const { name, website, industry, phones, addresses, notes, tags } = company;
  return {
    name,
    website,
    industry,
    phones: phones.map((p) => ({ ...p, label: normalizeLabel(p.label) })),
    addresses: addresses.map((a) => ({ ...a, label: normalizeLabel(a.label) })),
    notes,
    tags: [...tags],
  };
}

interface CompanyFormDialogProps {
  company?: Company;
  onClose: () => void;
  onSaved: (company: Company) => void;
}

export function CompanyFormDialog({ company, onClose, onSaved }: CompanyFormDialogProps) {
  const { t } = useTranslation();
  const form = useForm<CompanyFormValues, unknown, CompanyInput>({
    resolver: zodResolver(companyInput),
    defaultValues: company ? toFormValues(company) : emptyCompanyInput(),
  });
  const [name, tags] = useWatch({
    control: form.control,
    name: ['name', 'tags'],
  });
  const duplicates = useDebouncedLookup<DuplicateHit>(
    JSON.stringify({ name: name.trim(), excludeId: company?.id ?? null }),
    (asked) => api.companies.findDuplicates(JSON.parse(asked) as { name: string; excludeId: number | null }),
    {
      skip: (asked) => {
        const { name: n } = JSON.parse(asked) as { name: string };
        return n === '' || n.length > 200;
      },
    },
  );
  const facets = useApiQuery('contacts.facets', () => api.contacts.facets({}), ['company']);
  const errors = form.formState.errors;

  const submit = useSaveSubmit(form, {
    issuePrefix: 'company',
    save: (values) =>
      company ? api.companies.update({ id: company.id, company: values }) : api.companies.create({ company: values }),
    successMessage: (saved) => (company ? t('form.updated') : t('form.created', { name: saved.name })),
    onSaved,
  });

  return (
    <Dialog
      title={company ? t('companies.editTitle') : t('companies.newTitle')}
      onClose={onClose}
      size="lg"
      footer={<FormDialogFooter formId={FORM_ID} submitting={form.formState.isSubmitting} onCancel={onClose} />}
    >
      <form id={FORM_ID} className="entity-form" noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          label={t('form.name')}
          autoComplete="off"
          data-autofocus
          error={errors.name?.message}
          {...form.register('name')}
        />
        <DuplicateWarning hits={duplicates} onOpen={onClose} />
        <div className="form-row">
          <TextField
            label={t('form.website')}
            placeholder="example.com"
            error={errors.website?.message}
            {...form.register('website')}
          />
          <TextField label={t('form.industry')} error={errors.industry?.message} {...form.register('industry')} />
        </div>
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
        <TagInput
          label={t('form.tags')}
          value={tags ?? []}
          suggestions={facets.data?.tags}
          onChange={(next) => form.setValue('tags', next, { shouldDirty: true })}
        />
        <TextArea label={t('form.notes')} rows={4} error={errors.notes?.message} {...form.register('notes')} />
      </form>
    </Dialog>
  );
}
