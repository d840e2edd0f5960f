import { DELIVERING_ROLE_LABELS, formatPounds, type Intervention } from '@sendreg/contracts';
import { useId } from 'react';
import { Link } from 'react-router';
import { TableContainer } from '../../../components/ui/table-container';
import { Tag } from '../../../components/ui/tag';
import { direction } from '../measure';
import { usualPattern } from '../schedule';

export interface InterventionTableProps {
  caption: string;
  interventions: Intervention[];
  /** The page to change one, for those who may (intervention.write). */
  changeHref?: (intervention: Intervention) => string;
}

function delivery(intervention: Intervention): string {
  return intervention.delivery === 'one_to_one' ? '1:1' : `Group of ${String(intervention.usualGroupSize)}`;
}

/** One area's interventions: how each is delivered, by whom, how often, its resources and its measure. */
export function InterventionTable({ caption, interventions, changeHref }: InterventionTableProps) {
  const captionId = useId();
  // Resource costs come only to people who may see costs; the column is left out for everyone else.
  const costs = interventions.some((intervention) => intervention.resourceCostPerSessionPence !== null);
  return (
    <TableContainer captionId={captionId}>
      <table className="table catalogue-table">
        {/* The area's heading names the table on screen; the caption names it for screen readers. */}
        <caption className="visually-hidden" id={captionId}>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Intervention</th>
            <th scope="col">Delivery</th>
            <th scope="col">Usual sessions</th>
            {costs ? (
              <th scope="col" className="table__numeric">
                Resources a&nbsp;session
              </th>
            ) : null}
            <th scope="col">Measure</th>
            <th scope="col" className="table__numeric">
              Groups running
            </th>
            {changeHref ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {interventions.map((intervention) => (
            <tr key={intervention.id}>
              <th scope="row">
                <span className="catalogue-table__name">{intervention.name}</span>
                {intervention.archived ? (
                  <>
                    {' '}
                    <Tag colour="grey">Archived</Tag>
                  </>
                ) : null}
                {intervention.description ? (
                  <span className="table__secondary">{intervention.description}</span>
                ) : null}
              </th>
              <td>
                {delivery(intervention)}
                <span className="table__secondary">{DELIVERING_ROLE_LABELS[intervention.deliveredBy]}</span>
              </td>
              <td>{usualPattern(intervention.usualMinutes, intervention.usualSessionsPerWeek)}</td>
              {costs ? (
                <td className="table__numeric">
                  {intervention.resourceCostPerSessionPence === null
                    ? ''
                    : formatPounds(intervention.resourceCostPerSessionPence)}
                </td>
              ) : null}
              <td>
                {intervention.measure.name}
                <span className="table__secondary">
                  {intervention.measure.unit}, {direction(intervention.measure.higherIsBetter)}
                </span>
              </td>
              <td className="table__numeric">{intervention.runningProvisions}</td>
              {changeHref ? (
                <td>
                  <Link to={changeHref(intervention)}>
                    Change<span className="visually-hidden"> {intervention.name}</span>
                  </Link>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableContainer>
  );
}
