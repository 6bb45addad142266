// A new pipeline: its name, and the stages it starts with (copied from an existing pipeline, then editable).
import { zodResolver } from '@hookform/resolvers/zod';
import type { Pipeline } from '@shared/domain/deals';
import { type PipelineInput, pipelineInput } from '@shared/validation/deals';
import type { TFunction } from 'i18next';
import { useId, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api } from '../../../api/api';
import { Dialog } from '../../../components/Dialog';
import { applyServerIssues } from '../../../components/form/applyServerIssues';
import { FormDialogFooter } from '../../../components/form/FormDialogFooter';
import { Select } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import { useToast } from '../../../components/useToast';
import { pipelineLabel, stageLabel } from '../names';

interface NewPipelineValues {
  name: string;
  templateId: string;
}

/** The template's open stages under the names they show now (a copy: later renames stay apart). */
function newPipelineInput(values: NewPipelineValues, pipelines: readonly Pipeline[], t: TFunction): PipelineInput {
  const template = pipelines.find((p) => String(p.id) === values.templateId) ?? pipelines[0];
  const stages = template?.stages ?? [];
  return {
    name: values.name,
    stages: stages
      .filter((s) => s.kind === 'open')
      .map((s) => ({ id: null, name: stageLabel(t, s), probability: s.probability })),
    wonName: stages.find((s) => s.kind === 'won')?.name ?? null,
    lostName: stages.find((s) => s.kind === 'lost')?.name ?? null,
    removed: [],
  };
}

interface NewPipelineDialogProps {
  pipelines: readonly Pipeline[];
  templateId: number | undefined;
  onClose: () => void;
  onCreated: (pipeline: Pipeline) => void;
}

export function NewPipelineDialog({ pipelines, templateId, onClose, onCreated }: NewPipelineDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const formId = useId();
  const schema = useMemo(
    () =>
      z
        .object({ name: z.string(), templateId: z.string() })
        .transform((v) => newPipelineInput(v, pipelines, t))
        .pipe(pipelineInput),
    [pipelines, t],
  );
  const form = useForm<NewPipelineValues, unknown, PipelineInput>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', templateId: String(templateId ?? pipelines[0]?.id ?? '') },
  });
  const chosen = useWatch({ control: form.control, name: 'templateId' });
  const preview = newPipelineInput({ name: '', templateId: chosen }, pipelines, t);

  const submit = form.handleSubmit(async (input) => {
    try {
      const created = await api.pipelines.create({ pipeline: input });
      toast.show({ message: t('dealSettings.pipelines.created', { name: pipelineLabel(t, created) }) });
      onCreated(created);
    } catch (error) {
      if (!applyServerIssues(error, 'pipeline', form.setError))
        toast.show({ message: t('common.error', { message: (error as Error).message }), tone: 'error' });
    }
  });

  return (
    <Dialog
      title={t('dealSettings.pipelines.newTitle')}
      onClose={onClose}
      footer={<FormDialogFooter formId={formId} submitting={form.formState.isSubmitting} onCancel={onClose} />}
    >
      <form id={formId} className="entity-form" noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          label={t('dealSettings.pipelines.name')}
          placeholder={t('dealSettings.pipelines.newNamePlaceholder')}
          autoComplete="off"
          error={form.formState.errors.name?.message}
          {...form.register('name')}
        />
        <Select
          label={t('dealSettings.pipelines.template')}
          options={pipelines.map((p) => ({ value: String(p.id), label: pipelineLabel(t, p) }))}
          {...form.register('templateId')}
        />
        <div className="stage-preview">
          <span className="field-label">{t('dealSettings.pipelines.templatePreview')}</span>
          <ol>
            {preview.stages.map((s, i) => (
              <li key={i} className="chip chip-static">
                {s.name}
              </li>
            ))}
            {(['won', 'lost'] as const).map((kind) => (
              <li key={kind} className={`chip chip-static chip-${kind}`}>
                {stageLabel(t, { name: kind === 'won' ? preview.wonName : preview.lostName, defaultKey: kind })}
              </li>
            ))}
          </ol>
          <p className="field-hint">{t('dealSettings.pipelines.templateHint')}</p>
        </div>
      </form>
    </Dialog>
  );
}
