import type { ExamArrangementsList, ExamExpiringFilter } from '@sendreg/contracts';
import { useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { Tag } from '../../../components/ui/tag';
import { meets } from '../../../lib/grants';
import { useSchool } from '../../../lib/school-context';
import { todayIso } from '../../../utils/dates';
import { formatDate } from '../../../utils/format-date';
import { useExamArrangements } from '../api/get-exam-arrangements';
import { ExamSettingsForm } from '../components/exam-settings-form';
import { arrangementInstruction, expiresThisYear, expiryText, pupilCount } from '../exam-text';
import '../exam-arrangements.css';

const EXPIRING_PARAM = 'expiring';

function expiringFrom(search: URLSearchParams): ExamExpiringFilter | null {
  return search.get(EXPIRING_PARAM) === 'this-year' ? 'this-year' : null;
}

/** "All current arrangements" and "Expiring this year", as links: the filter is in the URL, so it can be shared. */
function Filter({ expiring, pathname }: { expiring: ExamExpiringFilter | null; pathname: string }) {
  return (
    <nav className="sub-nav" aria-label="Which arrangements">
      <ul className="sub-nav__list">
        <li>
          <Link className="sub-nav__link" to={pathname} aria-current={expiring === null ? 'page' : undefined}>
            All current arrangements
          </Link>
        </li>
        <li>
          <Link
            className="sub-nav__link"
            to={`${pathname}?${EXPIRING_PARAM}=this-year`}
            aria-current={expiring === 'this-year' ? 'page' : undefined}
          >
            Expiring this year
          </Link>
        </li>
      </ul>
    </nav>
  );
}

function PupilList({
  schoolId,
  data,
  wholeSchool,
  from,
}: {
  schoolId: string;
  data: ExamArrangementsList;
  wholeSchool: boolean;
  from: string;
}) {
  const today = todayIso();
  if (data.pupils.length === 0) {
    if (data.expiring === 'this-year')
      return (
        <EmptyState title="No arrangements expire this year">
          <p>
            None of the current arrangements expires between today and {formatDate(data.academicYear.to)}, the
            end of the {data.academicYear.label} academic year.
          </p>
        </EmptyState>
      );
    return (
      <EmptyState
        title={
          wholeSchool ? 'No exam access arrangements yet' : 'None of your pupils has exam access arrangements'
        }
      >
        <p>
          {wholeSchool
            ? 'The SENCO records them on each pupil’s page, under “Exam access arrangements”.'
            : 'If you think a pupil needs something in tests or exams, talk to the SENCO.'}
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      <p className="results-count" role="status">
        {pupilCount(data.pupils.length)}
        {data.expiring === 'this-year'
          ? ` with arrangements expiring by ${formatDate(data.academicYear.to)}`
          : ' with exam access arrangements'}
      </p>
      <ul className="plain-list">
        {data.pupils.map(({ pupil, arrangements }) => (
          <li className="exam-pupil record-card" key={pupil.id}>
            <h2 className="record-card__title">
              <Link
                to={`/schools/${encodeURIComponent(schoolId)}/pupils/${encodeURIComponent(pupil.id)}/exam-arrangements`}
                state={{ from }}
              >
                {pupil.name}
              </Link>
              {pupil.className ? <span className="record-card__meta"> class {pupil.className}</span> : null}
            </h2>
            <ul className="list list--bullet">
              {arrangements.map((a) => (
                <li key={a.id}>
                  <strong>{arrangementInstruction(a)}</strong>
                  {a.details ? `: ${a.details}` : null}
                  {wholeSchool ? (
                    <span className="secondary-text"> ({expiryText(a.expiresOn, today)})</span>
                  ) : null}{' '}
                  {wholeSchool && expiresThisYear(a.expiresOn, today) ? (
                    <Tag colour="yellow">Expires this year</Tag>
                  ) : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * Exam access (exam.read). The SENCO and head see the school's arrangements, with a filter for those
 * expiring this year (to renew in time); the SENCO also chooses whether teaching assistants see them.
 * Teachers (and TAs, once the school shares them) see their own pupils' arrangements as their normal
 * way of working. A TA whose school has not shared them is told so kindly.
 */
export function ExamArrangementsPage() {
  const school = useSchool();
  const [search] = useSearchParams();
  const { pathname, search: query } = useLocation();
  const [saved, setSaved] = useState<{ message: string; key: number } | null>(null);
  const wholeSchool = meets(school.grants, { permission: 'exam.read', scope: 'all' });
  const canWrite = meets(school.grants, { permission: 'exam.write' });
  const expiring = wholeSchool ? expiringFrom(search) : null;
  const list = useExamArrangements(school.schoolId, expiring);
  const title = wholeSchool ? 'Exam access arrangements' : 'My pupils’ exam access arrangements';

  let body;
  if (list.isPending) body = <Loading label="Loading the exam access arrangements" />;
  else if (list.isError)
    body = (
      <QueryError
        error={list.error}
        what="the exam access arrangements"
        onRetry={() => void list.refetch()}
      />
    );
  else if (list.data.hiddenFromTeachingAssistants)
    body = (
      <div className="inset-text">
        <p>
          Your school has chosen not to share exam access arrangements with teaching assistants. The SENCO or
          the class teacher will tell you what the pupils you support need in tests and exams, and they will
          be glad to help.
        </p>
      </div>
    );
  else
    body = (
      <>
        {wholeSchool ? (
          <Filter expiring={expiring} pathname={pathname} />
        ) : (
          <p>
            These are your pupils&rsquo; normal way of working: give them in lessons and class tests too, not
            only in exams.
          </p>
        )}
        <PupilList
          schoolId={school.schoolId}
          data={list.data}
          wholeSchool={wholeSchool}
          from={`${pathname}${query}`}
        />
      </>
    );

  return (
    <div className="exam-page">
      {saved ? (
        <NotificationBanner key={saved.key} tone="success" role="status" focus>
          <p className="notification-banner__heading">{saved.message}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading title={title} caption={school.schoolName} takeFocus={!saved} />
      {body}
      {canWrite ? (
        <ExamSettingsForm
          schoolId={school.schoolId}
          onSaved={(message) => {
            setSaved((before) => ({ message, key: (before?.key ?? 0) + 1 }));
          }}
        />
      ) : null}
    </div>
  );
}
