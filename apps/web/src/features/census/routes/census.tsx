import { yearGroupLabel } from '@sendreg/contracts';
import { useState, type SubmitEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { SenStatusTag } from '../../../components/sen-status-tag';
import { Button } from '../../../components/ui/button';
import { DateInput, dateFieldId, readDateParts } from '../../../components/ui/date-input';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { TableContainer } from '../../../components/ui/table-container';
import { useSchool } from '../../../lib/school-context';
import {
  censusDaysOfYear,
  dateParts,
  isIsoDate,
  nextCensusDay,
  parseDateParts,
  todayIso,
  type DatePart,
} from '../../../utils/dates';
import { formatDate } from '../../../utils/format-date';
import { useCensusPreflight } from '../api/get-census-preflight';
import { CensusExtract } from '../components/census-extract';
import { groupByRule, pupilsWithProblems, type ProblemGroup } from '../census-problems';

const DATE_ID = 'census-date';
const RESULTS_ID = 'census-results';

function ProblemTable({ group, schoolId, from }: { group: ProblemGroup; schoolId: string; from: string }) {
  const captionId = `census-${group.rule}`;
  return (
    <section className="panel" aria-labelledby={captionId}>
      <TableContainer captionId={captionId}>
        <table className="table">
          <caption className="table__caption" id={captionId}>
            {group.title} ({group.problems.length})
            <span className="table__caption-hint">{group.explanation}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Pupil</th>
              <th scope="col">UPN</th>
              <th scope="col">Year group</th>
              <th scope="col">SEN status</th>
              <th scope="col">What to fix</th>
            </tr>
          </thead>
          <tbody>
            {group.problems.map((problem) => (
              <tr key={`${problem.pupilId}:${problem.rule}`}>
                <th scope="row">
                  <Link
                    to={`/schools/${encodeURIComponent(schoolId)}/pupils/${encodeURIComponent(problem.pupilId)}`}
                    state={{ from }}
                  >
                    {problem.name}
                  </Link>
                </th>
                <td className="table__code">{problem.upn}</td>
                <td>{yearGroupLabel(problem.yearGroup)}</td>
                <td>
                  <SenStatusTag status={problem.status} />
                </td>
                <td>{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableContainer>
    </section>
  );
}

/** The census pre-flight: for a census date, the pupils whose SEN status or needs break the rules. */
export function CensusPage() {
  const school = useSchool();
  const [search] = useSearchParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const today = todayIso();
  const requested = search.get('date');
  const date = isIsoDate(requested) ? requested : nextCensusDay(today);
  const preflight = useCensusPreflight(school.schoolId, date);
  const [error, setError] = useState<{ message: string; parts: DatePart[] } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const days = censusDaysOfYear(today);

  const check = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = parseDateParts(readDateParts(new FormData(event.currentTarget), 'date'), {
      label: 'The census date',
      missing: 'Enter the census date',
    });
    if (!result.ok) {
      setError({ message: result.message, parts: result.parts });
      setAttempt((count) => count + 1);
      return;
    }
    setError(null);
    void navigate(`${pathname}?date=${result.iso}`);
  };

  let results;
  if (preflight.isPending) results = <Loading label="Loading the census check" />;
  else if (preflight.isError)
    results = (
      <QueryError error={preflight.error} what="the census check" onRetry={() => void preflight.refetch()} />
    );
  else {
    const { censusDate, pupilsChecked, problems } = preflight.data;
    const groups = groupByRule(problems);
    const from = `${pathname}?date=${censusDate}`;
    results =
      problems.length === 0 ? (
        <EmptyState title={`No problems found for ${formatDate(censusDate)}`}>
          <p>
            All {pupilsChecked.toLocaleString('en-GB')} pupils on roll on that day meet the census rules for
            SEN status and needs.
          </p>
        </EmptyState>
      ) : (
        <>
          <p className="results-count" role="status">
            {problems.length === 1 ? '1 problem' : `${String(problems.length)} problems`} for{' '}
            {pupilsWithProblems(problems) === 1
              ? '1 pupil'
              : `${String(pupilsWithProblems(problems))} pupils`}{' '}
            on {formatDate(censusDate)}, out of {pupilsChecked.toLocaleString('en-GB')} pupils checked
          </p>
          <p>Open each pupil to put their SEN status or needs right before census day.</p>
          {groups.map((group) => (
            <ProblemTable key={group.rule} group={group} schoolId={school.schoolId} from={from} />
          ))}
        </>
      );
  }

  return (
    <>
      <ErrorSummary
        errors={error ? [{ fieldId: dateFieldId(DATE_ID, error.parts[0]), message: error.message }] : []}
        attempt={attempt}
      />
      <PageHeading
        title="Census check"
        caption={school.schoolName}
        documentTitle={error ? 'Error: Census check' : undefined}
      />
      <p className="lead">
        Before census day, check that every pupil&rsquo;s SEN status and ranked needs meet the school census
        rules, as they will stand on that day.
      </p>
      <form key={date} className="filters filters--date" onSubmit={check} noValidate aria-label="Census date">
        <DateInput
          id={DATE_ID}
          name="date"
          legend="Census date"
          hint={`Census days this school year: ${days.map((day) => formatDate(day)).join(', ')}.`}
          error={error?.message}
          errorParts={error?.parts}
          defaultValue={dateParts(date)}
        />
        <div className="filters__actions">
          <Button type="submit">Check</Button>
        </div>
      </form>
      <div className="results" id={RESULTS_ID} aria-busy={preflight.isFetching}>
        {results}
      </div>
      <CensusExtract
        key={date}
        schoolId={school.schoolId}
        censusDate={date}
        problems={preflight.data?.censusDate === date ? preflight.data.problems.length : null}
        resultsId={RESULTS_ID}
        onRefused={() => void preflight.refetch()}
      />
    </>
  );
}
