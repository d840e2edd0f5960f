import { yearGroupLabel, type MyPassportItem, type Notification } from '@sendreg/contracts';
import { useId, useRef, useState, type ReactNode, type SubmitEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { Tag } from '../../../components/ui/tag';
import { TextField } from '../../../components/ui/text-field';
import { useSchool } from '../../../lib/school-context';
import { problemMessage } from '../../../lib/problem-message';
import { formatDate } from '../../../utils/format-date';
import { formText } from '../../../utils/form-text';
import { useMyPassports } from '../api/get-my-passports';
import { useMarkNoticeRead, useMyNotifications } from '../api/my-notices';
import {
  groupMyPassports,
  READ_STATE_LABELS,
  readState,
  searchFromState,
  unreadNotices,
} from '../passport-lists';
import { passportListState, passportPath } from '../passport-nav';
import '../passports.css';

function pupilAbout(pupil: MyPassportItem['pupil']): string {
  return [
    pupil.yearGroup ? yearGroupLabel(pupil.yearGroup) : null,
    pupil.className ? `class ${pupil.className}` : null,
  ]
    .filter(Boolean)
    .join(', ');
}

function PassportCard({
  item,
  schoolId,
  listPath,
}: {
  item: MyPassportItem;
  schoolId: string;
  listPath: string;
}) {
  const state = readState(item);
  const about = pupilAbout(item.pupil);
  return (
    <li className={`passport-card passport-card--${state}`}>
      <Link
        className="passport-card__link"
        to={passportPath(schoolId, item.pupil.id)}
        state={passportListState(listPath)}
      >
        {item.pupil.name}
        <span className="visually-hidden">
          {state === 'read' ? '' : `, ${READ_STATE_LABELS[state].toLowerCase()}`}
        </span>
      </Link>
      {about ? <p className="passport-card__about">{about}</p> : null}
      {state === 'not-read' || state === 'new-version' ? (
        <p className="passport-card__tag">
          <Tag colour={state === 'not-read' ? 'red' : 'yellow'}>{READ_STATE_LABELS[state]}</Tag>
        </p>
      ) : null}
      {item.current ? (
        <p className="passport-card__version">
          Version {item.current.number}, published {formatDate(item.current.publishedAt)}
          {state === 'read' && item.lastReadNumber ? '. You have read it.' : ''}
        </p>
      ) : (
        <p className="passport-card__version">The SENCO has not published a passport yet.</p>
      )}
      {state === 'new-version' && item.current?.changeNote ? (
        <p className="passport-card__change">
          <span className="passport-card__change-label">What changed:</span> {item.current.changeNote}
        </p>
      ) : null}
    </li>
  );
}

function PassportGroup({
  title,
  items,
  schoolId,
  listPath,
  children,
}: {
  title: string;
  items: MyPassportItem[];
  schoolId: string;
  listPath: string;
  children?: ReactNode;
}) {
  const titleId = useId();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={titleId}>
      <h2 className="heading-m" id={titleId}>
        {title} ({items.length})
      </h2>
      {children}
      <ul className="passport-cards">
        {items.map((item) => (
          <PassportCard key={item.pupil.id} item={item} schoolId={schoolId} listPath={listPath} />
        ))}
      </ul>
    </section>
  );
}

/**
 * Reminders from the SENCO (notifications of kind 'passport-nudge'), at the top until marked as read;
 * all of the person's notifications are on the Notifications page.
 */
function Notices({ schoolId }: { schoolId: string }) {
  const notifications = useMyNotifications(schoolId);
  const markRead = useMarkNoticeRead(schoolId);
  const [said, setSaid] = useState('');
  const status = useRef<HTMLParagraphElement>(null);
  const titleId = useId();
  if (!notifications.isSuccess) return null;
  const unread = unreadNotices(notifications.data.items);

  const read = (notice: Notification) => {
    if (markRead.isPending) return;
    markRead.mutate(notice.id, {
      onSuccess: () => {
        setSaid('Message marked as read.');
        // The button has gone with its message: keep focus nearby, on what just happened.
        status.current?.focus();
      },
      onError: (error) => {
        setSaid(`Sorry, that did not save. ${problemMessage(error)}`);
      },
    });
  };

  return (
    <>
      {unread.length ? (
        <section className="passport-notices" aria-labelledby={titleId}>
          <h2 className="heading-m" id={titleId}>
            {unread.length === 1
              ? 'A message from the SENCO'
              : `${String(unread.length)} messages from the SENCO`}
          </h2>
          <ul className="plain-list">
            {unread.map((notice) => (
              <li className="passport-notice" key={notice.id}>
                <p className="passport-notice__message pre-line">{notice.body}</p>
                <p className="passport-notice__meta">Sent {formatDate(notice.createdAt)}</p>
                <Button
                  variant="secondary"
                  className="passport-notice__button"
                  onClick={() => {
                    read(notice);
                  }}
                  aria-disabled={markRead.isPending || undefined}
                >
                  Mark as read
                </Button>
              </li>
            ))}
          </ul>
          <p>
            <Link to={`/schools/${encodeURIComponent(schoolId)}/notifications`}>
              See all your notifications
            </Link>
          </p>
        </section>
      ) : null}
      <p className="passport-notices__status" role="status" ref={status} tabIndex={-1}>
        {said}
      </p>
    </>
  );
}

/**
 * A teacher's or TA's passports (passport.read own): their pupils' current passports, those to read
 * first, with the SENCO's reminders above. The search narrows the list here in the browser, and the
 * text lives in history state, never in the address bar.
 */
export function MyPassportsPage() {
  const school = useSchool();
  const { pathname, state } = useLocation();
  const navigate = useNavigate();
  const passports = useMyPassports(school.schoolId);
  const q = searchFromState(state);
  const classPack = `/schools/${encodeURIComponent(school.schoolId)}/passports/class-pack`;

  const search = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = formText(new FormData(event.currentTarget), 'q').trim();
    void navigate(pathname, { state: text ? { q: text } : undefined });
  };

  let body;
  if (passports.isPending) body = <Loading label="Loading your pupils’ passports" />;
  else if (passports.isError)
    body = (
      <QueryError
        error={passports.error}
        what="your pupils’ passports"
        onRetry={() => void passports.refetch()}
      />
    );
  else if (passports.data.items.length === 0)
    body = (
      <EmptyState title="You have no pupils with passports yet">
        <p>
          Passports appear here for the pupils in your classes and groups once the SENCO publishes them. If a
          pupil you work with is missing, ask the SENCO or the school administrator.
        </p>
      </EmptyState>
    );
  else {
    const groups = groupMyPassports(passports.data.items, q);
    const shown = groups.toRead.length + groups.read.length + groups.withoutPassport.length;
    body = (
      <>
        <p className="results-count" role="status">
          {q ? `${String(shown)} of ${String(passports.data.items.length)} pupils match “${q}”. ` : ''}
          {groups.toRead.length === 0
            ? 'You have read all of these passports.'
            : `${String(groups.toRead.length)} ${groups.toRead.length === 1 ? 'passport' : 'passports'} to read.`}
        </p>
        {shown === 0 ? (
          <EmptyState title="No pupils match your search">
            <p>
              Check the spelling of the name, or <Link to={pathname}>show all your pupils</Link>.
            </p>
          </EmptyState>
        ) : null}
        <PassportGroup title="To read" items={groups.toRead} schoolId={school.schoolId} listPath={pathname}>
          <p>Read each passport, then confirm at the end of it that you have read it.</p>
        </PassportGroup>
        <PassportGroup title="Read" items={groups.read} schoolId={school.schoolId} listPath={pathname} />
        <PassportGroup
          title="No passport yet"
          items={groups.withoutPassport}
          schoolId={school.schoolId}
          listPath={pathname}
        />
      </>
    );
  }

  return (
    <div className="passport-mine">
      <PageHeading title="Passports" caption={school.schoolName} />
      <p className="lead">
        The passports of the pupils you teach or support: who they are and how to help them. New and changed
        passports come first.
      </p>
      <Notices schoolId={school.schoolId} />
      <p>
        <Link to={classPack}>Print a class pack</Link> of your pupils&rsquo; passports.
      </p>
      <form
        key={q}
        className="filters passport-search"
        role="search"
        aria-label="Your pupils"
        onSubmit={search}
      >
        <TextField
          id="passport-search"
          name="q"
          label="Search by name"
          type="search"
          defaultValue={q}
          autoComplete="off"
          spellCheck={false}
        />
        <div className="filters__actions">
          <Button type="submit" variant="secondary">
            Search
          </Button>
          {q ? <Link to={pathname}>Clear search</Link> : null}
        </div>
      </form>
      {body}
    </div>
  );
}
