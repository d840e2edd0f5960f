import { formatPounds, type CostLine } from '@sendreg/contracts';
import { ReportTable } from './report-bits';

/** Costs one way: by intervention, area of need or year group. */
export function CostTable({
  title,
  lines,
  labelHeader,
}: {
  title: string;
  lines: CostLine[];
  labelHeader: string;
}) {
  if (lines.length === 0) return null;
  return (
    <ReportTable title={title} className="table--numbers">
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col" className="numeric">
            Pupils
          </th>
          <th scope="col" className="numeric">
            Planned
          </th>
          <th scope="col" className="numeric">
            Delivered so far
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.key}>
            <th scope="row">{line.label}</th>
            <td className="numeric">{line.pupils}</td>
            <td className="numeric">{formatPounds(line.plannedPence)}</td>
            <td className="numeric">{formatPounds(line.deliveredPence)}</td>
          </tr>
        ))}
      </tbody>
    </ReportTable>
  );
}
