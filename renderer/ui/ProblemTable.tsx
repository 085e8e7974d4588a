import { useId, type ReactNode } from 'react';
import './problem-table.css';

/** One thing wrong in an imported file, where the user can find it. */
export interface RowProblem {
  sheet?: string;
  /** The row as the user sees it in the spreadsheet, or null for the whole sheet. */
  row: number | null;
  column: string | null;
  /** A stable code (data-reason), for tests and styling. */
  reason: string;
  /** Already translated, says what to fix. */
  message: string;
}

export interface ProblemTableProps {
  problems: readonly RowProblem[];
  title: ReactNode;
  /** The table's accessible name. */
  label: string;
  /** Column headings; the sheet column is shown only when `sheet` is given. */
  headers: { sheet?: string; row: string; column: string; problem: string };
  /** What the row cell says for a problem of the whole sheet. */
  wholeSheet: string;
  /** Extra class of the table. */
  className?: string;
}

/** The problems of an imported file, a row each, in a red box: nothing is imported until it is empty. */
export function ProblemTable({ problems, title, label, headers, wholeSheet, className }: ProblemTableProps) {
  const titleId = useId();
  return (
    <section className="problem-box" aria-labelledby={titleId}>
      <h3 id={titleId} className="problem-box__title">
        {title}
      </h3>
      <div className="table-scroll">
        <table className={['table', 'problem-table', className].filter(Boolean).join(' ')} aria-label={label}>
          <thead>
            <tr>
              {headers.sheet ? <th scope="col">{headers.sheet}</th> : null}
              <th scope="col">{headers.row}</th>
              <th scope="col">{headers.column}</th>
              <th scope="col">{headers.problem}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={i} data-reason={p.reason}>
                {headers.sheet ? <td className="nowrap">{p.sheet}</td> : null}
                <td className="num">{p.row ?? wholeSheet}</td>
                <td className="num">{p.column ?? '—'}</td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
