// The problems found in the file, by row and column. Main sends at most 1,000; a few hundred rows of a plain
// table render fast, and more than that is a file to fix in a spreadsheet anyway (the rejected-rows CSV).
import type { ImportIssue } from '@shared/import/importReport';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { useFormat } from '../../i18n/useFormat';

const FIRST_SHOWN = 200;

/** The problem in the user's language (figures as numbers, so plurals agree). */
function useIssueText() {
  const { t } = useTranslation();
  return (issue: ImportIssue) =>
    t(`imports.issues.${issue.code}`, {
      ...issue.params,
      ...(issue.params.count !== undefined ? { count: Number(issue.params.count) } : {}),
      problem: issue.params.problem ? t(issue.params.problem) : '',
    });
}

export function IssuesList({ issues, capped }: { issues: readonly ImportIssue[]; capped: boolean }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const { number } = useFormat();
  const [all, setAll] = useState(false);
  const shown = all ? issues : issues.slice(0, FIRST_SHOWN);
  const hidden = issues.length - shown.length;
  return (
    <>
      <div className="issues-scroll">
        <table className="table issues-table" aria-label={t('imports.review.problems')}>
          <thead>
            <tr>
              <th scope="col">{t('imports.review.row')}</th>
              <th scope="col">{t('imports.review.column')}</th>
              <th scope="col">{t('imports.review.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((issue, i) => (
              <tr key={i} className={`issue-${issue.severity}`}>
                <td className="tabular">{issue.row > 0 ? number(issue.row) : '—'}</td>
                <td>{issue.column ?? issue.field}</td>
                <td>
                  <span className={`severity severity-${issue.severity}`}>
                    {t(`imports.review.severity.${issue.severity}`)}
                  </span>
                  {issueText(issue)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hidden > 0 && (
        <Button size="sm" variant="ghost" onClick={() => setAll(true)}>
          {t('imports.review.andMore', { count: hidden, formatted: number(hidden) })}
        </Button>
      )}
      {capped && all && <p className="muted small">{t('imports.review.capped', { count: issues.length })}</p>}
    </>
  );
}
