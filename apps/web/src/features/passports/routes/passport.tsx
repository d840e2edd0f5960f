import type { Passport } from '@sendreg/contracts';
import { Link, useLocation } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { WarningText } from '../../../components/ui/warning-text';
import { meets } from '../../../lib/grants';
import { useCurrentPupil } from '../../../lib/pupil-context';
import { useSchool } from '../../../lib/school-context';
import { useArrivalNotice } from '../../../lib/use-arrival-notice';
import { formatDate } from '../../../utils/format-date';
import { pupilName } from '../../../utils/pupil-name';
import { usePassport } from '../api/get-passport';
import { ChangesPanel } from '../components/changes-panel';
import { PassportSheet } from '../components/passport-sheet';
import { ReadReceipt } from '../components/read-receipt';
import { changesSinceRead, needsReceipt } from '../passport-changes';
import { listBackLabel, readPassportPageState } from '../passport-nav';
import { pageShare } from '../print-fit';
import '../passports.css';

function printPage() {
  window.print();
}

/** For the SENCO: a word when the draft holds changes staff cannot see yet, or the passport is too long. */
function WriterNotes({ passport, name }: { passport: Passport; name: string }) {
  const { draft, current } = passport;
  const fits = current
    ? pageShare(current.content, { photo: current.photoId !== null, changeNote: current.changeNote }) <= 1
    : null;
  return (
    <div className="passport-actions__writer">
      {draft?.unpublishedChanges ? (
        <WarningText
          title={
            current
              ? `The draft has changes that are not published. Staff still see version ${String(current.number)}.`
              : `The draft is not published yet. Staff cannot see ${name}’s passport until you publish it.`
          }
        >
          <p>
            Last saved {formatDate(draft.updatedAt)}
            {draft.updatedBy ? ` by ${draft.updatedBy.displayName}` : ''}.
          </p>
        </WarningText>
      ) : null}
      {current && fits === false ? (
        <WarningText title={`Version ${String(current.number)} is likely to print on more than one page.`}>
          <p>Shorten it in the draft to keep it to one A4 page.</p>
        </WarningText>
      ) : null}
    </div>
  );
}

/** The SENCO's way to the draft. */
function EditLink({ passport }: { passport: Passport }) {
  const { state } = useLocation();
  return (
    <Link className="button button--secondary" to="edit" state={state}>
      {passport.draft || passport.current ? 'Edit the draft' : 'Write the passport'}
    </Link>
  );
}

/**
 * A pupil's passport (passport.read): the current version as a one-page profile. A teacher or TA who
 * read an earlier version sees what changed first, and confirms reading the new one; the SENCO reaches
 * the draft from here. It prints on one A4 page.
 */
export function PassportPage() {
  const school = useSchool();
  const { pupil, path, state } = useCurrentPupil();
  const location = useLocation();
  const notice = useArrivalNotice();
  const passport = usePassport(school.schoolId, pupil.id);
  const name = pupilName(pupil);
  const canWrite = meets(school.grants, { permission: 'passport.write' });
  const canConfirm = meets(school.grants, { permission: 'passport.acknowledge' });
  const pageState = readPassportPageState(location.state);
  const back =
    pageState.backToList && pageState.from ? (
      <BackLink to={pageState.from}>{listBackLabel(pageState.from)}</BackLink>
    ) : (
      <BackLink to={path} state={state}>
        Back to {name}
      </BackLink>
    );

  let body;
  if (passport.isPending) body = <Loading label="Loading the passport" />;
  else if (passport.isError)
    body = <QueryError error={passport.error} what="the passport" onRetry={() => void passport.refetch()} />;
  else {
    const data = passport.data;
    const { current } = data;
    const changes = changesSinceRead(data);
    body = (
      <>
        {canWrite ? <WriterNotes passport={data} name={name} /> : null}
        {current ? (
          <>
            {changes ? <ChangesPanel changes={changes} /> : null}
            {canConfirm && needsReceipt(data) && !changes ? (
              <p className="passport-unread">
                <strong>You have not confirmed reading this passport yet.</strong> Read it, then select
                &ldquo;I have read this passport&rdquo; at the end.
              </p>
            ) : null}
            <div className="passport-actions">
              <Button variant="secondary" onClick={printPage}>
                Print<span className="visually-hidden"> {name}’s passport</span>
              </Button>
              {canWrite ? <EditLink passport={data} /> : null}
            </div>
            <div className="passport-print">
              <PassportSheet
                schoolId={school.schoolId}
                pupil={data.pupil}
                version={current}
                level="page"
                changes={
                  changes && data.lastReadContent
                    ? { keys: changes.changedKeys, previous: data.lastReadContent }
                    : null
                }
              />
            </div>
            {canConfirm ? (
              <ReadReceipt
                schoolId={school.schoolId}
                pupilId={pupil.id}
                number={current.number}
                lastRead={data.myLastRead}
              />
            ) : null}
          </>
        ) : (
          <EmptyState title={`No passport has been published for ${name} yet`}>
            {canWrite ? (
              <p>
                Write the passport with {name} and their parents, then publish it for the staff who work with
                them.
              </p>
            ) : (
              <p>
                The SENCO writes passports with the pupil and their parents. You will see it in your list of
                passports once it is published.
              </p>
            )}
          </EmptyState>
        )}
      </>
    );
  }

  return (
    <div className="passport-page">
      {back}
      {notice ? (
        <NotificationBanner tone="success" role="status" focus>
          <p className="notification-banner__heading">{notice}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading title={`${name}’s passport`} caption={school.schoolName} takeFocus={!notice} />
      {body}
    </div>
  );
}
