import { useId, type ReactNode } from 'react';
import { TableContainer } from '../../../components/ui/table-container';

export interface TrustSectionProps {
  /** The section's id, for the contents links. */
  id: string;
  title: string;
  /** Said before the findings, such as the national figures they are set against. */
  intro?: ReactNode;
  /** The section's findings in sentences, read before the table. */
  summary: readonly string[];
  children: ReactNode;
}

/** A measure of the trust summary: its heading, what the figures say, then the figures. */
export function TrustSection({ id, title, intro, summary, children }: TrustSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section className="trust-section" id={id} aria-labelledby={headingId}>
      <h2 className="heading-m" id={headingId}>
        {title}
      </h2>
      {intro}
      {summary.length > 0 ? (
        <ul className="list list--bullet">
          {summary.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      ) : null}
      {children}
    </section>
  );
}

export interface SchoolTableProps {
  caption: string;
  hint?: ReactNode;
  className?: string;
  /** The column headers after "School". */
  head: ReactNode;
  /** One row per school, each starting with the school's name as its row header. */
  children: ReactNode;
}

/** A table with a row per school, scrolling sideways on a narrow screen. */
export function SchoolTable({ caption, hint, className, head, children }: SchoolTableProps) {
  const captionId = useId();
  return (
    <TableContainer captionId={captionId}>
      <table className={['table', 'trust-table', className].filter(Boolean).join(' ')}>
        <caption className="table__caption" id={captionId}>
          {caption}
          {hint ? <span className="table__caption-hint">{hint}</span> : null}
        </caption>
        <thead>
          <tr>
            <th scope="col">School</th>
            {head}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableContainer>
  );
}
