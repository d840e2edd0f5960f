import { Link } from 'react-router';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { useSchool } from '../../../lib/school-context';
import { formatDate } from '../../../utils/format-date';
import { useSchoolDashboard } from '../api/get-school-dashboard';
import { DownloadRegisterButton } from '../components/download-register-button';
import { ConcernPanel, PassportPanel, ReviewPanel } from '../components/follow-up-panels';
import { CostsPanel, ImpactPanel } from '../components/provision-panels';
import {
  CharacteristicPanel,
  NeedPanel,
  StatusPanel,
  TrendPanel,
  YearGroupPanel,
} from '../components/register-panels';
import { figuresAsAt } from '../dashboard-figures';
import '../dashboard.css';

/**
 * The head's dashboard (report.read: the head and the SENCO): the register against the national
 * figures, by need, year group and group of pupils, and over the year; what provision costs and what
 * it achieves; whether reviews happen on time, passports are read and concerns are picked up. Every
 * panel says its finding in words, then shows a chart and the table behind it. Counts only: no pupil
 * is named here.
 */
export function DashboardPage() {
  const school = useSchool();
  const dashboard = useSchoolDashboard(school.schoolId);
  const root = `/schools/${encodeURIComponent(school.schoolId)}`;

  let body;
  if (dashboard.isPending) body = <Loading label="Loading the dashboard" />;
  else if (dashboard.isError)
    body = (
      <QueryError error={dashboard.error} what="the dashboard" onRetry={() => void dashboard.refetch()} />
    );
  else {
    const data = dashboard.data;
    body = (
      <>
        <p className="lead">
          The whole school as at {formatDate(data.today)}, set against the national figures for{' '}
          {data.national.asOf}. Each chart has a table of its figures beside it.
        </p>
        <p className="secondary-text">
          {figuresAsAt(data.computedAt)}. They are brought up to date every few minutes, so a change made just
          now may take a little while to show.
        </p>
        <div className="dashboard-actions">
          <Link className="button" to={`${root}/dashboard/governors-report`}>
            Governors&rsquo; report
          </Link>
          <DownloadRegisterButton schoolId={school.schoolId} />
        </div>
        <StatusPanel data={data} />
        <NeedPanel data={data} />
        <YearGroupPanel data={data} />
        <CharacteristicPanel data={data} />
        <TrendPanel data={data} />
        <CostsPanel data={data} root={root} />
        <ImpactPanel data={data} root={root} />
        <ReviewPanel data={data} root={root} />
        <PassportPanel data={data} root={root} />
        <ConcernPanel data={data} root={root} />
      </>
    );
  }

  return (
    <div className="dashboard">
      <PageHeading title="Dashboard" caption={school.schoolName} />
      {body}
    </div>
  );
}
