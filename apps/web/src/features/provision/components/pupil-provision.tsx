import { formatPounds, type PupilProvision as PupilProvisionData } from '@sendreg/contracts';
import { useId } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { TableContainer } from '../../../components/ui/table-container';
import { meets } from '../../../lib/grants';
import { useSchool } from '../../../lib/school-context';
import { formatDate } from '../../../utils/format-date';
import { usePupilProvision } from '../api/get-pupil-provision';
import { ofText } from '../../../utils/words';
import { datesText, measureText, numberText, progressText, scheduleText } from '../provision-format';
import { Nothing, TopUpTag, TopUpWarning } from './report-bits';
import '../provision-reports.css';

type Place = PupilProvisionData['places'][number];

function groupHref(schoolId: string, provisionId: string): string {
  return `/schools/${encodeURIComponent(schoolId)}/provision/groups/${encodeURIComponent(provisionId)}`;
}

/** Entry measure → exit measure, and the progress between them in the measure's unit. */
function Measures({ place: { place, measure } }: { place: Place }) {
  if (place.entryScore === null) return <span className="secondary-text">Not measured yet</span>;
  return (
    <>
      {numberText(place.entryScore)} <span aria-hidden="true">→</span>
      <span className="visually-hidden"> to </span>{' '}
      {place.exitScore === null ? (
        <span className="secondary-text">not yet</span>
      ) : (
        numberText(place.exitScore)
      )}
      {place.progress !== null ? (
        <span className="table__secondary">
          <strong>{progressText(place.progress, measure)}</strong>
        </span>
      ) : null}
      <span className="table__secondary">{measureText(measure)}</span>
    </>
  );
}

/** When the group meets, its dates, and the pupil's own when they joined late or left. */
function When({ place: { provision, place } }: { place: Place }) {
  return (
    <>
      {scheduleText(provision.weekdays, provision.minutes)}
      <span className="table__secondary">{datesText(provision.startDate, provision.endDate)}</span>
      {place.joinedOn > provision.startDate ? (
        <span className="table__secondary">Joined {formatDate(place.joinedOn)}</span>
      ) : null}
      {place.leftOn ? <span className="table__secondary">Left {formatDate(place.leftOn)}</span> : null}
    </>
  );
}

function PlacesTable({ data, schoolId }: { data: PupilProvisionData; schoolId: string }) {
  const captionId = useId();
  const { costs } = data;
  return (
    <TableContainer captionId={captionId}>
      <table className="table table--provision">
        <caption className="table__caption" id={captionId}>
          Intervention groups
          {costs ? (
            <span className="table__caption-hint">
              Planned: every scheduled session this year. Delivered: the sessions held so far.
            </span>
          ) : null}
        </caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col">When</th>
            <th scope="col">Sessions held</th>
            <th scope="col">Attended</th>
            <th scope="col">Entry to exit</th>
            {costs ? (
              <>
                <th scope="col" className="numeric">
                  Planned cost
                </th>
                <th scope="col" className="numeric">
                  Delivered cost
                </th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {data.places.map((item) => (
            <tr key={item.provision.id}>
              <th scope="row">
                <Link to={groupHref(schoolId, item.provision.id)}>{item.provision.name}</Link>
                <span className="table__secondary">{item.provision.intervention.name}</span>
              </th>
              <td>
                <When place={item} />
              </td>
              <td>
                {ofText(item.heldSessions, item.plannedSessions)}
                <span className="visually-hidden"> planned</span>
              </td>
              <td>
                {item.place.listed ? (
                  ofText(item.place.attended, item.place.listed)
                ) : (
                  <Nothing words="None yet" />
                )}
              </td>
              <td>
                <Measures place={item} />
              </td>
              {costs ? (
                <>
                  <td className="numeric">
                    {item.place.plannedPence === null ? (
                      <Nothing words="Not known" />
                    ) : (
                      formatPounds(item.place.plannedPence)
                    )}
                  </td>
                  <td className="numeric">
                    {item.place.deliveredPence === null ? (
                      <Nothing words="Not known" />
                    ) : (
                      formatPounds(item.place.deliveredPence)
                    )}
                  </td>
                </>
              ) : null}
            </tr>
          ))}
        </tbody>
        {costs ? (
          <tfoot>
            <tr>
              <th scope="row" colSpan={5}>
                Total this year
              </th>
              <td className="numeric">{formatPounds(costs.plannedPence)}</td>
              <td className="numeric">{formatPounds(costs.deliveredPence)}</td>
            </tr>
          </tfoot>
        ) : null}
      </table>
    </TableContainer>
  );
}

/**
 * Everything a pupil receives this academic year (GET /pupils/:pupilId/provision), for the pupil's
 * page: a row per group, with sessions, attendance and measures; costs and the top-up flag for those
 * who may see costs. Nothing at all for people without provision.read.
 */
export function PupilProvision({ schoolId, pupilId }: { schoolId: string; pupilId: string }) {
  const school = useSchool();
  const allowed = meets(school.grants, { permission: 'provision.read' });
  const provision = usePupilProvision(schoolId, pupilId, allowed);
  const headingId = useId();
  if (!allowed) return null;

  let body;
  let title = 'Provision this year';
  if (provision.isPending) body = <Loading label="Loading the pupil's provision" />;
  else if (provision.isError)
    body = (
      <QueryError
        error={provision.error}
        what="the pupil's provision"
        onRetry={() => void provision.refetch()}
      />
    );
  else {
    const { data } = provision;
    title = `Provision this year (${data.academicYear.label})`;
    body =
      data.places.length === 0 ? (
        <EmptyState title="No intervention groups this year">
          <p>
            {data.pupil.name} is not in any intervention group this academic year. The SENCO adds pupils to
            groups from the Provision pages.
          </p>
        </EmptyState>
      ) : (
        <>
          {data.costs ? <TopUpWarning status={data.costs.topUp} who={`${data.pupil.name}'s`} /> : null}
          <PlacesTable data={data} schoolId={schoolId} />
          {data.costs ? (
            <p>
              Against the GBP 6,000 notional SEN threshold: <TopUpTag status={data.costs.topUp} />
            </p>
          ) : null}
        </>
      );
  }

  return (
    <section className="panel pupil-provision" aria-labelledby={headingId}>
      <h2 className="heading-m" id={headingId}>
        {title}
      </h2>
      {body}
    </section>
  );
}
