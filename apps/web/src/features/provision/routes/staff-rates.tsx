import { DELIVERING_ROLE_LABELS, formatPounds, type StaffRate } from '@sendreg/contracts';
import { useId } from 'react';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { TableContainer } from '../../../components/ui/table-container';
import { meets } from '../../../lib/grants';
import { useSchool } from '../../../lib/school-context';
import { todayIso } from '../../../utils/dates';
import { formatDate } from '../../../utils/format-date';
import { useStaff } from '../api/get-staff';
import { useStaffRates } from '../api/staff-rates';
import { ProvisionSubNav } from '../components/provision-subnav';
import { StaffRateForm } from '../components/staff-rate-form';
import { deliveringStaff } from '../delivering-staff';
import '../provision.css';

function rateFor(rate: StaffRate): string {
  if (rate.role) return DELIVERING_ROLE_LABELS[rate.role];
  return rate.person?.displayName ?? 'A former member of staff';
}

function Table({
  caption,
  hint,
  head,
  rows,
}: {
  caption: string;
  hint?: string;
  head: string[];
  rows: string[][];
}) {
  const captionId = useId();
  return (
    <TableContainer captionId={captionId}>
      <table className="table">
        <caption className="table__caption" id={captionId}>
          {caption}
          {hint ? <span className="table__caption-hint">{hint}</span> : null}
        </caption>
        <thead>
          <tr>
            {head.map((label, index) => (
              <th key={label} scope="col" className={index === 1 ? 'table__numeric' : undefined}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([first, ...rest], row) => (
            <tr key={row}>
              <th scope="row">{first}</th>
              {rest.map((cell, index) => (
                <td key={index} className={index === 0 ? 'table__numeric' : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableContainer>
  );
}

/**
 * Hourly rates of the staff who deliver interventions, which cost the sessions (rate.read: the SENCO,
 * head and school administrator); the SENCO and the administrator set them (rate.write).
 */
export function StaffRatesPage() {
  const school = useSchool();
  const canWrite = meets(school.grants, { permission: 'rate.write' });
  const rates = useStaffRates(school.schoolId);
  const staff = useStaff(school.schoolId, { enabled: canWrite });

  let body;
  if (rates.isPending) body = <Loading label="Loading the rates" />;
  else if (rates.isError)
    body = <QueryError error={rates.error} what="the rates" onRetry={() => void rates.refetch()} />;
  else {
    const { roles, people, history } = rates.data;
    const today = todayIso();
    const later = history
      .filter((rate) => rate.effectiveFrom > today)
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    body = (
      <>
        <h2 className="heading-m">Rates today</h2>
        <Table
          caption="Each role's hourly rate"
          hint="Used for everyone in the role who has no rate of their own"
          head={['Role', 'Hourly rate', 'Since']}
          rows={roles.map((role) => [
            DELIVERING_ROLE_LABELS[role.role],
            role.hourlyRatePence === null ? 'Not set' : formatPounds(role.hourlyRatePence),
            role.effectiveFrom ? formatDate(role.effectiveFrom) : '',
          ])}
        />
        {roles.some((role) => role.hourlyRatePence === null) ? (
          <p className="inset-text">
            A role without a rate costs its sessions at their resources only, so the costs of its groups are
            too low until a rate is set.
          </p>
        ) : null}
        {people.length ? (
          <Table
            caption="Staff with their own rate"
            hint="Used instead of their role's rate"
            head={['Name', 'Hourly rate', 'Since']}
            rows={people.map((entry) => [
              entry.person.displayName,
              formatPounds(entry.hourlyRatePence),
              formatDate(entry.effectiveFrom),
            ])}
          />
        ) : (
          <p>No one has a rate of their own: everyone is costed at their role&rsquo;s rate.</p>
        )}
        {later.length ? (
          <Table
            caption="Rates that start later"
            hint="Set already, for sessions from their date"
            head={['For', 'Hourly rate', 'From']}
            rows={later.map((rate) => [
              rateFor(rate),
              formatPounds(rate.hourlyRatePence),
              formatDate(rate.effectiveFrom),
            ])}
          />
        ) : null}
        {canWrite ? (
          staff.isPending ? (
            <Loading label="Loading staff" />
          ) : (
            <StaffRateForm
              schoolId={school.schoolId}
              staff={staff.data ? deliveringStaff(staff.data.items) : []}
            />
          )
        ) : null}
        <h2 className="heading-m">History</h2>
        {history.length ? (
          <Table
            caption="Every rate set, newest first"
            head={['For', 'Hourly rate', 'From', 'Set by', 'Set on']}
            rows={history.map((rate) => [
              rateFor(rate),
              formatPounds(rate.hourlyRatePence),
              formatDate(rate.effectiveFrom),
              rate.setBy?.displayName ?? 'The system',
              formatDate(rate.setAt),
            ])}
          />
        ) : (
          <p>No rates have been set yet.</p>
        )}
      </>
    );
  }

  return (
    <>
      <PageHeading title="Staff hourly rates" caption={school.schoolName} />
      <ProvisionSubNav />
      <p className="lead">
        What an hour of each role&rsquo;s time costs. Intervention sessions are costed at the rate in force on
        the day they are held.
      </p>
      {body}
    </>
  );
}
