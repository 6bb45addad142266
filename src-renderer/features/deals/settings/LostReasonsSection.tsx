// The reasons a deal can be lost for: an ordered list to rename, add to, remove from (archived: lost deals keep
// their reason) and reorder, saved at once with lostReasons.save. Removed reasons can be put back.
import { zodResolver } from '@hookform/resolvers/zod';
import type { LostReason } from '@shared/domain/deals';
import type { LostReasonsInput } from '@shared/validation/deals';
import { useEffect, useId, useRef } from 'react';
import { get, type Path, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/ApiError';
import { api } from '../../../api/api';
import { useApiQuery } from '../../../api/useApiQuery';
import { Button } from '../../../components/Button';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { IconButton } from '../../../components/IconButton';
import { useToast } from '../../../components/useToast';
import { lostReasonLabel } from '../names';
import { EditorFooter } from './EditorFooter';
import {
  type LostReasonRow,
  type LostReasonsFormValues,
  lostReasonsFormSchema,
  lostReasonsToForm,
  reasonToRow,
} from './lostReasonsForm';
import { SortableList } from './SortableList';

const MAX_REASONS = 50;

export function LostReasonsSection({ onDirtyChange }: { onDirtyChange: (dirty: boolean) => void }) {
  const query = useApiQuery('lostReasons.list:all', () => api.lostReasons.list({ includeArchived: true }), ['deal']);
  if (query.error) return <ErrorNotice error={query.error} onRetry={query.reload} />;
  if (!query.data) return null;
  return <LostReasonsEditor reasons={query.data} onDirtyChange={onDirtyChange} />;
}

function LostReasonsEditor({
  reasons,
  onDirtyChange,
}: {
  reasons: LostReason[];
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const formId = useId();
  const form = useForm<LostReasonsFormValues, unknown, LostReasonsInput>({
    resolver: zodResolver(lostReasonsFormSchema),
    defaultValues: lostReasonsToForm(reasons),
  });
  const list = useFieldArray({ control: form.control, name: 'reasons' });
  const rows = useWatch({ control: form.control, name: 'reasons' });
  const { errors, isDirty, isSubmitting } = form.formState;

  useEffect(() => {
    onDirtyChange(isDirty);
  }, [isDirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  const dirtyNow = useRef(isDirty);
  useEffect(() => {
    dirtyNow.current = isDirty;
  });
  useEffect(() => {
    if (!dirtyNow.current) form.reset(lostReasonsToForm(reasons));
  }, [reasons, form]);

  const current = (index: number): LostReasonRow | undefined => rows?.[index] ?? list.fields[index];
  const label = (row: LostReasonRow | undefined) => {
    if (!row) return '';
    if (row.name.trim() !== '') return row.name.trim();
    if (row.usesDefaultName) return lostReasonLabel(t, { name: null, defaultKey: row.defaultKey });
    return t('dealSettings.lostReasons.newReason');
  };
  const listed = new Set((rows ?? []).flatMap((r) => (r.reasonId === null ? [] : [r.reasonId])));
  const archived = reasons.filter((r) => r.archived && !listed.has(r.id));
  // Removed from the list but not saved yet: they can be put back too.
  const removedNow = reasons.filter((r) => !r.archived && !listed.has(r.id));
  const putBack = [...removedNow, ...archived];

  const submit = form.handleSubmit(async (input) => {
    try {
      const saved = await api.lostReasons.save(input);
      form.reset(lostReasonsToForm(saved));
      toast.show({ message: t('dealSettings.lostReasons.saved') });
    } catch (error) {
      // Main's issue paths are the form's own (reasons.N.name): the input has no wrapping key.
      if (error instanceof ApiError && error.issues.some((i) => i.path.startsWith('reasons.')))
        for (const issue of error.issues)
          form.setError(issue.path as Path<LostReasonsFormValues>, { type: 'server', message: issue.message });
      else toast.show({ message: t('common.error', { message: (error as Error).message }), tone: 'error' });
    }
  });

  return (
    <section className="card settings-card is-narrow" aria-labelledby="lost-reasons-title">
      <header className="settings-card-header">
        <div>
          <h2 id="lost-reasons-title">{t('dealSettings.lostReasons.title')}</h2>
          <p className="field-hint">{t('dealSettings.lostReasons.hint')}</p>
        </div>
      </header>
      <form id={formId} className="reasons-form" noValidate onSubmit={(e) => void submit(e)}>
        <SortableList
          label={t('dealSettings.lostReasons.title')}
          className="reason-list"
          items={list.fields}
          getKey={(field) => field.id}
          getLabel={(_field, index) => label(current(index))}
          onMove={(from, to) => list.move(from, to)}
          renderItem={(field, index) => {
            const error = (get(errors, `reasons.${index}.name`) as { message?: string } | undefined)?.message;
            return (
              <div className="stage-cell">
                <input
                  className="input"
                  autoComplete="off"
                  aria-label={t('dealSettings.lostReasons.reasonName', { n: index + 1 })}
                  aria-invalid={error ? true : undefined}
                  placeholder={
                    field.usesDefaultName ? lostReasonLabel(t, { name: null, defaultKey: field.defaultKey }) : undefined
                  }
                  {...form.register(`reasons.${index}.name`)}
                />
                {error && (
                  <p className="field-error" role="alert">
                    {t(error)}
                  </p>
                )}
              </div>
            );
          }}
          renderActions={(_field, index) => (
            <IconButton
              icon="trash"
              label={
                list.fields.length === 1
                  ? t('dealSettings.lostReasons.keepOne')
                  : t('dealSettings.lostReasons.remove', { reason: label(current(index)) })
              }
              disabled={list.fields.length === 1}
              onClick={() => list.remove(index)}
            />
          )}
        />
        <div>
          <Button
            variant="ghost"
            size="sm"
            icon="plus"
            disabled={list.fields.length >= MAX_REASONS}
            onClick={() =>
              list.append(
                { reasonId: null, name: '', usesDefaultName: false, defaultKey: null },
                { focusName: `reasons.${list.fields.length}.name` },
              )
            }
          >
            {t('dealSettings.lostReasons.add')}
          </Button>
        </div>
        {putBack.length > 0 && (
          <div className="archived-reasons">
            <h3>{t('dealSettings.lostReasons.archivedTitle')}</h3>
            <p className="field-hint">{t('dealSettings.lostReasons.archivedHint')}</p>
            <ul>
              {putBack.map((r) => {
                const name = lostReasonLabel(t, r);
                return (
                  <li key={r.id}>
                    <span>{name}</span>
                    <Button
                      size="sm"
                      variant="ghost"
                      icon="restore"
                      aria-label={t('dealSettings.lostReasons.restoreNamed', { reason: name })}
                      disabled={list.fields.length >= MAX_REASONS}
                      onClick={() => list.append(reasonToRow(r), { shouldFocus: false })}
                    >
                      {t('dealSettings.lostReasons.restore')}
                    </Button>
                  </li>
                );
              })}
            </ul>
          </div>
        )}
      </form>
      <EditorFooter
        formId={formId}
        dirty={isDirty}
        submitting={isSubmitting}
        onCancel={() => form.reset(lostReasonsToForm(reasons))}
      />
    </section>
  );
}
