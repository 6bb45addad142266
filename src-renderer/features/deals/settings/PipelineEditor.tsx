// One pipeline's name and stages, edited together and saved in one pipelines.update: open stages renamed,
// given a win probability, reordered (drag or arrows), added and removed (a stage with deals asks where they
// go); Won and Lost renamed. Cancel puts everything back as it was.
import { zodResolver } from '@hookform/resolvers/zod';
import type { Pipeline } from '@shared/domain/deals';
import type { PipelineInput } from '@shared/validation/deals';
import { useEffect, useId, useRef, useState } from 'react';
import { get, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/api';
import { Button } from '../../../components/Button';
import { applyServerIssues } from '../../../components/form/applyServerIssues';
import { IconButton } from '../../../components/IconButton';
import { TextField } from '../../../components/TextField';
import { useToast } from '../../../components/useToast';
import { useFormat } from '../../../i18n/useFormat';
import { pipelineLabel, stageLabel } from '../names';
import { EditorFooter } from './EditorFooter';
import { MoveStageDealsDialog, type MoveTarget } from './MoveStageDealsDialog';
import {
  type PipelineFormValues,
  pipelineFormSchema,
  pipelineToForm,
  type RemovedStage,
  type StageFormRow,
} from './pipelineForm';
import { SortableList } from './SortableList';

interface PipelineEditorProps {
  pipeline: Pipeline;
  /** Open deals per stage id; undefined while loading (removing waits for it). */
  dealCounts: ReadonlyMap<number, number> | undefined;
  onDirtyChange: (dirty: boolean) => void;
  onDelete: () => void;
}

interface PendingRemoval {
  index: number;
  stageId: number;
  label: string;
  /** Its own open deals, and with those already moving into it. */
  own: number;
  total: number;
  targets: MoveTarget[];
}

export function PipelineEditor({ pipeline, dealCounts, onDirtyChange, onDelete }: PipelineEditorProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const formId = useId();
  const form = useForm<PipelineFormValues, unknown, PipelineInput>({
    resolver: zodResolver(pipelineFormSchema),
    defaultValues: pipelineToForm(pipeline),
  });
  const stages = useFieldArray({ control: form.control, name: 'stages' });
  const rows = useWatch({ control: form.control, name: 'stages' });
  const removed = useWatch({ control: form.control, name: 'removed' });
  const { errors, isDirty, isSubmitting } = form.formState;
  const [pending, setPending] = useState<PendingRemoval | null>(null);

  useEffect(() => {
    onDirtyChange(isDirty);
  }, [isDirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  // Changes from elsewhere (another window) show up here, unless the user is in the middle of editing.
  const dirtyNow = useRef(isDirty);
  useEffect(() => {
    dirtyNow.current = isDirty;
  });
  useEffect(() => {
    if (!dirtyNow.current) form.reset(pipelineToForm(pipeline));
  }, [pipeline, form]);

  const rowLabel = (row: StageFormRow | undefined) => {
    if (!row) return '';
    if (row.name.trim() !== '') return row.name.trim();
    if (row.usesDefaultName) return stageLabel(t, { name: null, defaultKey: row.defaultKey });
    return t('dealSettings.pipelines.newStage');
  };
  const current = (index: number) => rows?.[index] ?? stages.fields[index];

  const setRemoved = (next: RemovedStage[]) => form.setValue('removed', next, { shouldDirty: true });

  const askRemove = (index: number) => {
    const row = current(index);
    if (!row) return;
    if (row.stageId === null) {
      stages.remove(index);
      return;
    }
    const stageId = row.stageId;
    const own = dealCounts?.get(stageId) ?? 0;
    const incoming = removed.filter((r) => r.moveTo === stageId).reduce((n, r) => n + r.deals, 0);
    if (own + incoming === 0) {
      stages.remove(index);
      setRemoved([...removed, { id: stageId, moveTo: null, deals: 0, label: rowLabel(row) }]);
      return;
    }
    // The stage just above is the likeliest home for its deals; then the ones below.
    const saved = (rows ?? []).map((r, i) => ({ r, i })).filter(({ r, i }) => i !== index && r.stageId !== null);
    const above = saved.filter(({ i }) => i < index).reverse();
    const below = saved.filter(({ i }) => i > index);
    setPending({
      index,
      stageId,
      label: rowLabel(row),
      own,
      total: own + incoming,
      targets: [...above, ...below].map(({ r }) => ({ id: r.stageId!, label: rowLabel(r) })),
    });
  };

  const confirmRemove = (moveTo: number) => {
    if (!pending) return;
    stages.remove(pending.index);
    setRemoved([
      // Deals already headed for this stage follow its own.
      ...removed.map((r) => (r.moveTo === pending.stageId ? { ...r, moveTo } : r)),
      { id: pending.stageId, moveTo, deals: pending.own, label: pending.label },
    ]);
    setPending(null);
  };

  const addStage = () => {
    const last = rows?.[rows.length - 1];
    stages.append(
      { stageId: null, name: '', usesDefaultName: false, defaultKey: null, probability: last?.probability ?? 10 },
      { focusName: `stages.${stages.fields.length}.name` },
    );
  };

  const submit = form.handleSubmit(async (input) => {
    try {
      const saved = await api.pipelines.update({ id: pipeline.id, pipeline: input });
      form.reset(pipelineToForm(saved));
      toast.show({ message: t('dealSettings.pipelines.saved') });
    } catch (error) {
      if (!applyServerIssues(error, 'pipeline', form.setError))
        toast.show({ message: t('common.error', { message: (error as Error).message }), tone: 'error' });
    }
  });

  const labelOfStageId = (id: number | null) => rowLabel(rows?.find((r) => r.stageId === id));
  const stagesError = (errors.stages?.root?.message ?? errors.stages?.message) as string | undefined;
  const title = pipelineLabel(t, pipeline);

  return (
    <section className="card pipeline-editor" aria-label={title}>
      <header className="pipeline-editor-header">
        <div className="pipeline-editor-title">
          <h2>{title}</h2>
          <span className="badge">{t('dealSettings.pipelines.openDeals', { count: pipeline.openDeals })}</span>
        </div>
        <Button variant="ghost" size="sm" icon="trash" onClick={onDelete}>
          {t('dealSettings.pipelines.delete')}
        </Button>
      </header>
      <form id={formId} className="pipeline-form" noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          label={t('dealSettings.pipelines.name')}
          hint={t('dealSettings.pipelines.nameHint')}
          placeholder={
            pipeline.name === null && pipeline.defaultKey
              ? pipelineLabel(t, { name: null, defaultKey: pipeline.defaultKey })
              : undefined
          }
          autoComplete="off"
          fieldClassName="pipeline-name-field"
          error={errors.name?.message}
          {...form.register('name')}
        />

        <div className="stage-group">
          <h3>{t('dealSettings.pipelines.stagesTitle')}</h3>
          <p className="field-hint">{t('dealSettings.pipelines.stagesHint')}</p>
          <div className="stage-columns" aria-hidden="true">
            <span>{t('dealSettings.pipelines.columnStage')}</span>
            <span>{t('dealSettings.pipelines.columnProbability')}</span>
            <span>{t('dealSettings.pipelines.columnDeals')}</span>
          </div>
          <SortableList
            label={t('dealSettings.pipelines.stagesTitle')}
            className="stage-list"
            items={stages.fields}
            getKey={(field) => field.id}
            getLabel={(_field, index) => rowLabel(current(index))}
            onMove={(from, to) => stages.move(from, to)}
            renderItem={(field, index) => {
              const row = current(index);
              const nameError = (get(errors, `stages.${index}.name`) as { message?: string } | undefined)?.message;
              const probabilityError = (get(errors, `stages.${index}.probability`) as { message?: string } | undefined)
                ?.message;
              const deals = row?.stageId != null ? dealCounts?.get(row.stageId) : undefined;
              const incoming = removed
                .filter((r) => r.moveTo !== null && r.moveTo === row?.stageId)
                .reduce((n, r) => n + r.deals, 0);
              return (
                <>
                  <div className="stage-cell">
                    <input
                      className="input"
                      autoComplete="off"
                      aria-label={t('dealSettings.pipelines.stageName', { n: index + 1 })}
                      aria-invalid={nameError ? true : undefined}
                      placeholder={
                        field.usesDefaultName ? stageLabel(t, { name: null, defaultKey: field.defaultKey }) : undefined
                      }
                      {...form.register(`stages.${index}.name`)}
                    />
                    {nameError && (
                      <p className="field-error" role="alert">
                        {t(nameError)}
                      </p>
                    )}
                  </div>
                  <div className="stage-cell">
                    <div className="percent-input">
                      <input
                        className="input"
                        type="number"
                        min={0}
                        max={100}
                        step={1}
                        inputMode="numeric"
                        aria-label={t('dealSettings.pipelines.stageProbability', { n: index + 1 })}
                        aria-invalid={probabilityError ? true : undefined}
                        {...form.register(`stages.${index}.probability`, { valueAsNumber: true })}
                      />
                      <span aria-hidden="true">%</span>
                    </div>
                    {probabilityError && (
                      <p className="field-error" role="alert">
                        {t(probabilityError)}
                      </p>
                    )}
                  </div>
                  <span className={`stage-deals ${deals ? '' : 'muted'}`}>
                    {deals === undefined
                      ? t('common.none')
                      : t('dealSettings.pipelines.stageDeals', { count: deals, formattedCount: format.number(deals) })}
                    {incoming > 0 && (
                      <span
                        className="stage-incoming"
                        title={t('dealSettings.pipelines.incoming', { count: incoming })}
                      >
                        +{format.number(incoming)}
                        <span className="visually-hidden">
                          {` (${t('dealSettings.pipelines.incoming', { count: incoming })})`}
                        </span>
                      </span>
                    )}
                  </span>
                </>
              );
            }}
            renderActions={(_field, index) => (
              <IconButton
                icon="trash"
                className="stage-remove"
                label={
                  stages.fields.length === 1
                    ? t('dealSettings.pipelines.lastStage')
                    : t('dealSettings.pipelines.removeStage', { stage: rowLabel(current(index)) })
                }
                disabled={stages.fields.length === 1 || dealCounts === undefined}
                onClick={() => askRemove(index)}
              />
            )}
          />
          {stagesError && (
            <p className="field-error" role="alert">
              {t(stagesError)}
            </p>
          )}
          <div>
            <Button variant="ghost" size="sm" icon="plus" onClick={addStage} disabled={stages.fields.length >= 20}>
              {t('dealSettings.pipelines.addStage')}
            </Button>
          </div>
          {removed.length > 0 && (
            <div className="removal-notes" role="status">
              <span>{t('dealSettings.pipelines.willRemove')}</span>
              <ul>
                {removed.map((r) => (
                  <li key={r.id}>
                    {r.moveTo === null
                      ? r.label
                      : t('dealSettings.pipelines.willRemoveMove', {
                          stage: r.label,
                          count: r.deals,
                          target: labelOfStageId(r.moveTo),
                        })}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>

        <div className="stage-group">
          <h3>{t('dealSettings.pipelines.closedTitle')}</h3>
          <p className="field-hint">{t('dealSettings.pipelines.closedHint')}</p>
          <ul className="closed-stages">
            {(['won', 'lost'] as const).map((kind) => {
              const field = kind === 'won' ? 'wonName' : 'lostName';
              const isDefault = form.getValues(kind === 'won' ? 'wonIsDefault' : 'lostIsDefault');
              const error = errors[field]?.message;
              return (
                <li key={kind} className="closed-stage">
                  <span className={`closed-mark closed-${kind}`} aria-hidden="true" />
                  <div className="stage-cell">
                    <input
                      className="input"
                      autoComplete="off"
                      aria-label={t(`dealSettings.pipelines.${field}`)}
                      aria-invalid={error ? true : undefined}
                      placeholder={isDefault ? stageLabel(t, { name: null, defaultKey: kind }) : undefined}
                      {...form.register(field)}
                    />
                    {error && (
                      <p className="field-error" role="alert">
                        {t(error)}
                      </p>
                    )}
                  </div>
                  <span className="closed-probability">
                    {t('dealSettings.pipelines.always', { percent: format.percent(kind === 'won' ? 1 : 0) })}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      </form>
      <EditorFooter
        formId={formId}
        dirty={isDirty}
        submitting={isSubmitting}
        onCancel={() => form.reset(pipelineToForm(pipeline))}
      />
      {pending && (
        <MoveStageDealsDialog
          stage={pending.label}
          deals={pending.total}
          targets={pending.targets}
          onConfirm={confirmRemove}
          onClose={() => setPending(null)}
        />
      )}
    </section>
  );
}
