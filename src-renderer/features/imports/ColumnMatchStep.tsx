// Step 3: one row per column of the file — its header, a few of its values, and where it goes in Rapport.
import type { ColumnMapping, ColumnTarget } from '@shared/import/columnMapping';
import type { ImportSessionView } from '@shared/import/importSession';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { sampleValues } from './columnTargets';
import { TargetSelect } from './TargetSelect';

interface ColumnMatchStepProps {
  view: ImportSessionView;
  onChange: (mapping: ColumnMapping[]) => void;
}

export function ColumnMatchStep({ view, onChange }: ColumnMatchStepProps) {
  const { t } = useTranslation();
  const change = (column: number, target: ColumnTarget) =>
    onChange(view.mapping.map((m) => (m.column === column ? { ...m, target } : m)));

  if (view.format === 'vcard') {
    return (
      <section className="import-step" aria-labelledby="import-columns-title">
        <header className="import-step-header">
          <h2 id="import-columns-title">{t('imports.columns.title')}</h2>
          <p className="muted">{t('imports.columns.vcard')}</p>
        </header>
      </section>
    );
  }

  const ignored = view.mapping.filter((m) => m.target.kind === 'ignore').length;
  return (
    <section className="import-step" aria-labelledby="import-columns-title">
      <header className="import-step-header">
        <h2 id="import-columns-title">{t('imports.columns.title')}</h2>
        <p className="muted">{t('imports.columns.body', { count: view.mapping.length })}</p>
        {view.mappingRemembered && (
          <p className="import-remembered">
            <Icon name="bookmark" />
            {t('imports.columns.remembered')}
          </p>
        )}
      </header>
      <table className="table match-table">
        <thead>
          <tr>
            <th scope="col">{t('imports.columns.column')}</th>
            <th scope="col">{t('imports.columns.samples')}</th>
            <th scope="col">{t('imports.columns.target')}</th>
          </tr>
        </thead>
        <tbody>
          {view.mapping.map((m) => {
            const samples = sampleValues(view.preview, m.column, 3, view.headerRow);
            const header = m.header.trim() || t('imports.columns.untitled', { n: m.column + 1 });
            return (
              <tr key={m.column} className={m.target.kind === 'ignore' ? 'is-ignored' : undefined}>
                <th scope="row" className="match-header">
                  {header}
                </th>
                <td>
                  <div className="match-samples">
                    {samples.length === 0 ? (
                      <span className="muted">{t('imports.columns.empty')}</span>
                    ) : (
                      samples.map((s, i) => (
                        <span key={i} className="sample">
                          {s}
                        </span>
                      ))
                    )}
                  </div>
                </td>
                <td className="match-target">
                  <label className="visually-hidden" htmlFor={`import-target-${m.column}`}>
                    {t('imports.columns.targetFor', { header })}
                  </label>
                  <TargetSelect id={`import-target-${m.column}`} mapping={m} onChange={(tg) => change(m.column, tg)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {ignored > 0 && <p className="muted small">{t('imports.columns.ignoredCount', { count: ignored })}</p>}
    </section>
  );
}
