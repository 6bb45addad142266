// The numbers of a chart as a plain table: the first column names the row, the others are figures (right-aligned,
// tabular digits); an optional total row at the foot.
import type { ReactNode } from 'react';

export interface FiguresRow {
  key: string;
  cells: [ReactNode, ...ReactNode[]];
}

interface FiguresTableProps {
  caption: string;
  columns: readonly string[];
  rows: readonly FiguresRow[];
  total?: FiguresRow['cells'];
}

export function FiguresTable({ caption, columns, rows, total }: FiguresTableProps) {
  const line = (cells: FiguresRow['cells']) => {
    const [name, ...figures] = cells;
    return (
      <>
        <th scope="row">{name}</th>
        {figures.map((cell, i) => (
          <td key={i} className="num">
            {cell}
          </td>
        ))}
      </>
    );
  };
  return (
    <table className="table dashboard-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((label, i) => (
            <th key={label} scope="col" className={i > 0 ? 'num' : undefined}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>{line(row.cells)}</tr>
        ))}
      </tbody>
      {total && (
        <tfoot>
          <tr>{line(total)}</tr>
        </tfoot>
      )}
    </table>
  );
}
