// The first rows of the file exactly as decoded with the current settings: where mojibake shows, so the user
// can see that the encoding is wrong before anything is imported.
import { useTranslation } from 'react-i18next';

const MAX_COLUMNS = 30;

/** `rows` start at the header row; `firstDataRow` is the file's row number of the first row under it. */
export function PreviewTable({
  rows,
  label,
  firstDataRow = 2,
}: {
  rows: readonly (readonly string[])[];
  label: string;
  firstDataRow?: number;
}) {
  const { t } = useTranslation();
  const [header = [], ...body] = rows;
  const width = Math.min(
    MAX_COLUMNS,
    rows.reduce((max, row) => Math.max(max, row.length), 0),
  );
  const columns = Array.from({ length: width }, (_, i) => i);
  return (
    <div className="preview-scroll" tabIndex={0} role="region" aria-label={label}>
      <table className="table preview-table">
        <thead>
          <tr>
            <th className="preview-rownum" scope="col">
              <span className="visually-hidden">{t('imports.review.row')}</span>
            </th>
            {columns.map((c) => (
              <th key={c} scope="col">
                {header[c] ?? ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {body.map((row, r) => (
            <tr key={r}>
              <td className="preview-rownum">{r + firstDataRow}</td>
              {columns.map((c) => (
                <td key={c}>{row[c] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
