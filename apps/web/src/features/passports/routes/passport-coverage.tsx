import { yearGroupLabel, type PassportCoverage, type PupilRef } from '@sendreg/contracts';
import { useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { TableContainer } from '../../../components/ui/table-container';
import { meets } from '../../../lib/grants';
import { problemMessage } from '../../../lib/problem-message';
import { useSchool } from '../../../lib/school-context';
import { formatDate } from '../../../utils/format-date';
import { usePassportCoverage, useSendPassportReminder } from '../api/passport-coverage';
import {
  compareNames,
  coverageSummary,
  readSentence,
  sortCoverage,
  sortCoverageStaff,
} from '../passport-lists';
import { passportListState, passportPath } from '../passport-nav';
import '../passports.css';

function pupilAbout(pupil: PupilRef): string {
  return [
    pupil.yearGroup ? yearGroupLabel(pupil.yearGroup) : null,
    pupil.className ? `class ${pupil.className}` : null,
  ]
    .filter(Boolean)
    .join(', ');
}

/** A dash for sighted readers, words for screen readers: an empty cell would say nothing. */
function None({ words }: { words: string }) {
  return (
    <span className="secondary-text">
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}

function Summary({ coverage }: { coverage: PassportCoverage }) {
  const summary = coverageSummary(coverage);
  const figures: [number, string][] = [
    [
      summary.withPassport,
      summary.withPassport === 1 ? 'pupil has a current passport' : 'pupils have a current passport',
    ],
    [
      summary.fullyRead,
      summary.fullyRead === 1 ? 'passport is read by all its staff' : 'passports are read by all their staff',
    ],
    [
      summary.withUnread,
      summary.withUnread === 1
        ? 'passport is not yet read by all its staff'
        : 'passports are not yet read by all their staff',
    ],
    [
      summary.withoutPassport,
      summary.withoutPassport === 1
        ? 'pupil on the register has no passport'
        : 'pupils on the register have no passport',
    ],
  ];
  return (
    <ul className="passport-figures">
      {figures.map(([figure, label]) => (
        <li className="passport-figures__item" key={label}>
          <span className="passport-figures__figure">{figure}</span> {label}
        </li>
      ))}
    </ul>
  );
}

function WithoutPassport({
  pupils,
  schoolId,
  canWrite,
  listPath,
}: {
  pupils: PupilRef[];
  schoolId: string;
  canWrite: boolean;
  listPath: string;
}) {
  const captionId = useId();
  if (pupils.length === 0) return null;
  return (
    <TableContainer captionId={captionId}>
      <table className="table">
        <caption className="table__caption" id={captionId}>
          Pupils on the register without a passport
          <span className="table__caption-hint">
            {canWrite
              ? 'Pupils at SEN support or with an EHCP whose passport is not published yet.'
              : 'Pupils at SEN support or with an EHCP whose passport the SENCO has not published yet.'}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Pupil</th>
            <th scope="col">Year and class</th>
            {canWrite ? (
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {[...pupils].sort(compareNames).map((pupil) => (
            <tr key={pupil.id}>
              <th scope="row">{pupil.name}</th>
              <td>{pupilAbout(pupil) || <None words="Not recorded" />}</td>
              {canWrite ? (
                <td>
                  <Link to={`${passportPath(schoolId, pupil.id)}/edit`} state={passportListState(listPath)}>
                    Write a passport<span className="visually-hidden"> for {pupil.name}</span>
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

function PupilTable({
  rows,
  caption,
  hint,
  schoolId,
  listPath,
}: {
  rows: PassportCoverage['pupils'];
  caption: string;
  hint: string;
  schoolId: string;
  listPath: string;
}) {
  const captionId = useId();
  if (rows.length === 0) return null;
  return (
    <TableContainer captionId={captionId}>
      <table className="table passport-table">
        <caption className="table__caption" id={captionId}>
          {caption}
          <span className="table__caption-hint">{hint}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Pupil</th>
            <th scope="col">Version</th>
            <th scope="col">Published</th>
            <th scope="col">Read</th>
            <th scope="col">Not read by</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.pupil.id}>
              <th scope="row">
                <Link to={passportPath(schoolId, row.pupil.id)} state={passportListState(listPath)}>
                  {row.pupil.name}
                </Link>
                {pupilAbout(row.pupil) ? (
                  <span className="table__secondary">{pupilAbout(row.pupil)}</span>
                ) : null}
              </th>
              <td>{row.currentNumber}</td>
              <td className="passport-table__date">{formatDate(row.publishedAt)}</td>
              <td>{readSentence(row.staff, row.unreadBy.length)}</td>
              <td>
                {row.unreadBy.length ? (
                  row.unreadBy.map((person) => person.displayName).join(', ')
                ) : (
                  <None words="Everyone has read it" />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableContainer>
  );
}

/** Pupils whose passport some staff have not read, then (folded away) those everyone has read. */
function ByPupil({
  coverage,
  schoolId,
  listPath,
}: {
  coverage: PassportCoverage;
  schoolId: string;
  listPath: string;
}) {
  const rows = sortCoverage(coverage.pupils);
  const unread = rows.filter((row) => row.unreadBy.length > 0);
  const read = rows.filter((row) => row.unreadBy.length === 0);
  return (
    <>
      <h2 className="heading-m">By pupil</h2>
      {unread.length ? (
        <PupilTable
          rows={unread}
          caption="Passports not yet read by all their staff"
          hint="Pupils with the most staff yet to read it first."
          schoolId={schoolId}
          listPath={listPath}
        />
      ) : (
        <p>Every pupil&rsquo;s current passport has been read by all the staff who work with them.</p>
      )}
      {read.length ? (
        <details className="details passport-coverage__read" open={unread.length === 0}>
          <summary className="details__summary">Passports read by all their staff ({read.length})</summary>
          <PupilTable
            rows={read}
            caption="Passports read by all their staff"
            hint="By pupil’s name."
            schoolId={schoolId}
            listPath={listPath}
          />
        </details>
      ) : null}
    </>
  );
}

function StaffTable({
  coverage,
  schoolId,
  canWrite,
}: {
  coverage: PassportCoverage;
  schoolId: string;
  canWrite: boolean;
}) {
  const captionId = useId();
  const remind = useSendPassportReminder(schoolId);
  const [said, setSaid] = useState('');
  if (coverage.staff.length === 0) return null;

  const send = (userId: string, name: string) => {
    if (remind.isPending) return;
    setSaid(`Sending a reminder to ${name}…`);
    remind.mutate(userId, {
      onSuccess: () => {
        setSaid(`Reminder sent to ${name}. They will see it at the top of their passports page.`);
      },
      onError: (error) => {
        setSaid(`Sorry, the reminder to ${name} was not sent. ${problemMessage(error)}`);
      },
    });
  };

  return (
    <>
      <p className="passport-reminder-status" role="status">
        {said}
      </p>
      <TableContainer captionId={captionId}>
        <table className="table passport-table">
          <caption className="table__caption" id={captionId}>
            Passports each member of staff has to read
            <span className="table__caption-hint">Staff with the most passports to read first.</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Member of staff</th>
              <th scope="col">Pupils</th>
              <th scope="col">Not read</th>
              <th scope="col">Last reminded</th>
              {canWrite ? (
                <th scope="col">
                  <span className="visually-hidden">Reminder</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {sortCoverageStaff(coverage.staff).map((row) => (
              <tr key={row.person.id}>
                <th scope="row">{row.person.displayName}</th>
                <td>{row.pupils}</td>
                <td>{row.unread}</td>
                <td className="passport-table__date">
                  {row.lastNudgedAt ? formatDate(row.lastNudgedAt) : <None words="Never" />}
                </td>
                {canWrite ? (
                  <td>
                    {row.unread > 0 ? (
                      <Button
                        variant="secondary"
                        className="button--small"
                        onClick={() => {
                          send(row.person.id, row.person.displayName);
                        }}
                        aria-disabled={remind.isPending || undefined}
                      >
                        Send a reminder<span className="visually-hidden"> to {row.person.displayName}</span>
                      </Button>
                    ) : (
                      <None words="Nothing to read" />
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableContainer>
    </>
  );
}

/**
 * Passports across the school (passport.read all: the SENCO and head): how many pupils have one, who
 * has read each current version, and who has not; the SENCO sends reminders and writes missing ones.
 */
export function PassportCoveragePage() {
  const school = useSchool();
  const { pathname } = useLocation();
  const coverage = usePassportCoverage(school.schoolId);
  const canWrite = meets(school.grants, { permission: 'passport.write' });
  const classPack = `/schools/${encodeURIComponent(school.schoolId)}/passports/class-pack`;

  let body;
  if (coverage.isPending) body = <Loading label="Loading the passports" />;
  else if (coverage.isError)
    body = <QueryError error={coverage.error} what="the passports" onRetry={() => void coverage.refetch()} />;
  else {
    const data = coverage.data;
    body = (
      <>
        <Summary coverage={data} />
        {data.withoutPassport.length ? <h2 className="heading-m">Without a passport</h2> : null}
        <WithoutPassport
          pupils={data.withoutPassport}
          schoolId={school.schoolId}
          canWrite={canWrite}
          listPath={pathname}
        />
        {data.pupils.length === 0 ? (
          <EmptyState title="No passports are published yet">
            {canWrite ? (
              <p>
                Write a passport from a pupil&rsquo;s page, or from the list of pupils without one above, then
                publish it for the staff who work with them.
              </p>
            ) : (
              <p>Passports appear here once the SENCO publishes them.</p>
            )}
          </EmptyState>
        ) : (
          <>
            <h2 className="heading-m">By member of staff</h2>
            {data.staff.length ? (
              <StaffTable coverage={data} schoolId={school.schoolId} canWrite={canWrite} />
            ) : (
              <p>No staff are assigned to pupils with a passport yet.</p>
            )}
            <ByPupil coverage={data} schoolId={school.schoolId} listPath={pathname} />
          </>
        )}
      </>
    );
  }

  return (
    <div className="passport-coverage">
      <PageHeading title="Passports" caption={school.schoolName} />
      <p className="lead">
        Who has read each pupil&rsquo;s current passport. Teachers and teaching assistants see the passports
        of the pupils they work with and confirm when they have read each new version.
      </p>
      <p>
        <Link to={classPack}>Print a class pack</Link> of passports.
      </p>
      {body}
    </div>
  );
}
