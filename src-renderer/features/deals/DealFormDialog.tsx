// Create or edit a deal, validated with the shared dealInput schema (main checks the same, and the rest: that
// the stage belongs to the pipeline, that Won/Lost have their date and reason).
import { zodResolver } from '@hookform/resolvers/zod';
import type { Deal } from '@shared/domain/deals';
import { COMMON_CURRENCIES, linesTotal } from '@shared/deals/money';
import { dealInput, emptyDealInput, type DealInput } from '@shared/validation/deals';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';
import { useSettings } from '../../app/settingsContext';
import { Dialog } from '../../components/Dialog';
import { FormDialogFooter } from '../../components/form/FormDialogFooter';
import { MoneyInput } from '../../components/form/MoneyInput';
import { useSaveSubmit } from '../../components/form/useSaveSubmit';
import { IconButton } from '../../components/IconButton';
import { Select } from '../../components/Select';
import { TagInput } from '../../components/TagInput';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { LinkPicker } from '../calendar/LinkPicker';
import { CompanyPicker, type PickedCompany } from '../companies/CompanyPicker';
import { DealLinesField } from './DealLinesField';
import { lostReasonLabel, pipelineLabel, stageLabel } from './names';
import { todayLocal } from './todayLocal';

type DealFormValues = z.input<typeof dealInput>;
const FORM_ID = 'deal-form';

export interface DealDefaults {
  pipelineId: number;
  stageId: number;
  company?: PickedCompany;
  contacts?: Array<{ id: number; name: string }>;
}

function toFormValues(deal: Deal): DealFormValues {
  return {
    pipelineId: deal.pipelineId,
    stageId: deal.stageId,
    title: deal.title,
    companyId: deal.companyId,
    contactIds: deal.contacts.map((c) => c.id),
    amount: deal.amount,
    currency: deal.currency,
    expectedClose: deal.expectedClose,
    probability: deal.probabilityOverride,
    source: deal.source,
    notes: deal.notes,
    tags: [...deal.tags],
    lines: deal.lines.map(({ total: _total, ...line }) => line),
    closedOn: deal.closedOn,
    lostReasonId: deal.lostReasonId,
    lostNote: deal.lostNote,
  };
}

export function DealFormDialog({
  deal,
  defaults,
  onClose,
  onSaved,
}: {
  deal?: Deal;
  defaults?: DealDefaults;
  onClose: () => void;
  onSaved: (deal: Deal) => void;
}) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const pipelines = useApiQuery('pipelines', () => api.pipelines.list({}), ['pipeline']);
  const reasons = useApiQuery('lostReasons', () => api.lostReasons.list({ includeArchived: false }), ['deal']);
  const facets = useApiQuery('deals.facets', () => api.deals.facets({}), ['deal']);
  const [company, setCompany] = useState<PickedCompany | null>(
    deal?.companyId && deal.companyName ? { id: deal.companyId, name: deal.companyName } : (defaults?.company ?? null),
  );
  const [people, setPeople] = useState<Array<{ id: number; name: string }>>(deal?.contacts ?? defaults?.contacts ?? []);
  const form = useForm<DealFormValues, unknown, DealInput>({
    resolver: zodResolver(dealInput),
    defaultValues: deal
      ? toFormValues(deal)
      : {
          ...emptyDealInput({
            pipelineId: defaults?.pipelineId ?? 0,
            stageId: defaults?.stageId ?? 0,
            currency: settings.currency,
          }),
          companyId: defaults?.company?.id ?? null,
          contactIds: defaults?.contacts?.map((c) => c.id) ?? [],
        },
  });
  const [pipelineId, stageId, currency, lines, tags, amount, probability, closedOn, lostReasonId, expectedClose] =
    useWatch({
      control: form.control,
      name: [
        'pipelineId',
        'stageId',
        'currency',
        'lines',
        'tags',
        'amount',
        'probability',
        'closedOn',
        'lostReasonId',
        'expectedClose',
      ],
    });
  const pipeline = pipelines.data?.find((p) => p.id === pipelineId) ?? pipelines.data?.[0];
  const stage = pipeline?.stages.find((s) => s.id === stageId);
  const errors = form.formState.errors;
  const hasLines = (lines ?? []).length > 0;

  const submit = useSaveSubmit(form, {
    issuePrefix: 'deal',
    save: (values) => {
      const input = { ...values, companyId: company?.id ?? null, contactIds: people.map((p) => p.id) };
      return deal ? api.deals.update({ id: deal.id, deal: input }) : api.deals.create({ deal: input });
    },
    successMessage: (saved) => (deal ? t('board.form.updated') : t('board.form.created', { title: saved.title })),
    onSaved,
  });

  return (
    <Dialog
      title={deal ? t('board.form.editTitle') : t('board.form.newTitle')}
      onClose={onClose}
      size="lg"
      footer={<FormDialogFooter formId={FORM_ID} submitting={form.formState.isSubmitting} onCancel={onClose} />}
    >
      <form id={FORM_ID} className="entity-form deal-form" noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          label={t('board.form.title')}
          placeholder={t('board.form.titlePlaceholder')}
          autoComplete="off"
          data-autofocus
          error={errors.title?.message}
          {...form.register('title')}
        />
        <div className="form-row">
          <CompanyPicker value={company} onChange={setCompany} />
          <div className="field">
            <span className="field-label">{t('board.form.people')}</span>
            {people.length > 0 && (
              <div className="deal-people">
                {people.map((p) => (
                  <span key={p.id} className="chip">
                    {p.name}
                    <IconButton
                      icon="close"
                      className="chip-remove"
                      label={t('common.remove')}
                      onClick={() => setPeople((list) => list.filter((x) => x.id !== p.id))}
                    />
                  </span>
                ))}
              </div>
            )}
            <LinkPicker
              only="contact"
              label={t('board.form.addPerson')}
              linked={people.map((p) => ({ entityType: 'contact', entityId: p.id, name: p.name }))}
              onPick={(link) => setPeople((list) => [...list, { id: link.entityId, name: link.name }])}
            />
          </div>
        </div>
        <div className="form-row">
          {pipelines.data && pipelines.data.length > 1 && (
            <Select
              label={t('board.pipeline')}
              value={String(pipelineId)}
              onChange={(e) => {
                const next = pipelines.data?.find((p) => p.id === Number(e.target.value));
                if (!next) return;
                form.setValue('pipelineId', next.id);
                form.setValue('stageId', next.stages[0]!.id);
              }}
              options={pipelines.data.map((p) => ({ value: String(p.id), label: pipelineLabel(t, p) }))}
            />
          )}
          <Select
            label={t('board.form.stage')}
            value={String(stageId)}
            error={errors.stageId?.message}
            onChange={(e) => {
              const next = pipeline?.stages.find((s) => s.id === Number(e.target.value));
              form.setValue('stageId', Number(e.target.value), { shouldDirty: true });
              if (next && next.kind !== 'open' && !closedOn) form.setValue('closedOn', todayLocal());
              if (next?.kind === 'open') form.setValue('closedOn', null);
            }}
            options={(pipeline?.stages ?? []).map((s) => ({ value: String(s.id), label: stageLabel(t, s) }))}
          />
          <TextField
            type="date"
            label={t('board.form.expectedClose')}
            value={expectedClose ?? ''}
            error={errors.expectedClose?.message}
            onChange={(e) =>
              form.setValue('expectedClose', e.target.value === '' ? null : e.target.value, { shouldDirty: true })
            }
          />
        </div>
        {stage && stage.kind !== 'open' && (
          <div className="form-row deal-closing">
            <TextField
              type="date"
              label={t('board.form.closedOn')}
              value={closedOn ?? ''}
              error={errors.closedOn?.message}
              onChange={(e) => form.setValue('closedOn', e.target.value === '' ? null : e.target.value)}
            />
            {stage.kind === 'lost' && (
              <>
                <Select
                  label={t('board.form.lostReason')}
                  value={lostReasonId === null || lostReasonId === undefined ? '' : String(lostReasonId)}
                  error={errors.lostReasonId?.message}
                  onChange={(e) => form.setValue('lostReasonId', e.target.value === '' ? null : Number(e.target.value))}
                  options={[
                    { value: '', label: t('board.close.chooseReason') },
                    ...(reasons.data ?? []).map((r) => ({ value: String(r.id), label: lostReasonLabel(t, r) })),
                  ]}
                />
                <TextField label={t('board.form.lostNote')} {...form.register('lostNote')} />
              </>
            )}
          </div>
        )}
        <div className="form-row">
          <MoneyInput
            label={t('board.form.amount')}
            currency={currency}
            value={hasLines ? linesTotal((lines ?? []).filter((l) => Number.isFinite(l.quantity))) : (amount ?? 0)}
            disabled={hasLines}
            hint={hasLines ? t('board.form.amountFromLines') : undefined}
            error={errors.amount?.message}
            onChange={(minor) => form.setValue('amount', minor, { shouldDirty: true })}
          />
          <Select
            label={t('board.form.currency')}
            value={currency}
            onChange={(e) => form.setValue('currency', e.target.value, { shouldDirty: true })}
            options={[...new Set([...COMMON_CURRENCIES, settings.currency, currency])].map((c) => ({
              value: c,
              label: c,
            }))}
          />
          <TextField
            type="number"
            min={0}
            max={100}
            label={t('board.form.probability')}
            hint={stage ? t('board.form.probabilityHint', { value: stage.probability }) : undefined}
            placeholder={stage ? String(stage.probability) : ''}
            value={probability === null || probability === undefined ? '' : String(probability)}
            error={errors.probability?.message}
            onChange={(e) =>
              form.setValue('probability', e.target.value === '' ? null : Number(e.target.value), { shouldDirty: true })
            }
          />
        </div>
        <DealLinesField
          lines={(lines ?? []) as DealInput['lines']}
          currency={currency}
          errors={errors.lines as never}
          onChange={(next) => form.setValue('lines', next, { shouldDirty: true })}
        />
        <div className="form-row">
          <TextField
            label={t('board.form.source')}
            placeholder={t('board.form.sourcePlaceholder')}
            list="deal-sources"
            error={errors.source?.message}
            {...form.register('source')}
          />
          <datalist id="deal-sources">
            {facets.data?.sources.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
          <TagInput
            label={t('board.form.tags')}
            value={tags ?? []}
            suggestions={facets.data?.tags}
            onChange={(next) => form.setValue('tags', next, { shouldDirty: true })}
          />
        </div>
        <TextArea label={t('board.form.notes')} rows={3} error={errors.notes?.message} {...form.register('notes')} />
      </form>
    </Dialog>
  );
}
