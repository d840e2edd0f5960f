import { formatPounds, type TrustCount, type TrustPercent } from '@sendreg/contracts';
import { countText, isSuppressed, percentCell } from '../trust-figures';

/**
 * Table cells for the trust's figures. A suppressed count and a percentage not shown are written in
 * words ("fewer than 5", "not shown"), in a quieter colour that only helps scanning.
 */
export function CountCell({ count }: { count: TrustCount }) {
  return (
    <td className="numeric">
      {isSuppressed(count) ? <span className="secondary-text">{countText(count)}</span> : countText(count)}
    </td>
  );
}

export interface PercentCellProps {
  percent: TrustPercent;
  /** The count the percentage is of, when known: a base of 0 gives `none` rather than "not shown". */
  base?: TrustCount;
  none?: string;
}

export function PercentCell({ percent, base, none }: PercentCellProps) {
  const cell = percentCell(percent, base, none);
  return (
    <td className="numeric">
      {cell.kind === 'value' ? cell.text : <span className="secondary-text">{cell.text}</span>}
    </td>
  );
}

/** Money is never suppressed, but a cost per pupil is when its pupils are. */
export function MoneyCell({ pence }: { pence: number | null }) {
  return (
    <td className="numeric">
      {pence === null ? <span className="secondary-text">not shown</span> : formatPounds(pence)}
    </td>
  );
}
