import type { ExamArrangement, PupilExamArrangements } from '@sendreg/contracts';
import { useRef, useState, type ReactNode } from 'react';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { meets } from '../../../lib/grants';
import { useCurrentPupil } from '../../../lib/pupil-context';
import { useSchool } from '../../../lib/school-context';
import { todayIso } from '../../../utils/dates';
import { pupilName } from '../../../utils/pupil-name';
import { usePupilExamArrangements } from '../api/get-pupil-exam-arrangements';
import { ArrangementDetails } from '../components/arrangement-details';
import { ArrangementForm } from '../components/arrangement-form';
import { WithdrawArrangement } from '../components/withdraw-arrangement';
import { arrangementInstruction } from '../exam-text';
import '../exam-arrangements.css';

/** What the SENCO has open: one form at a time. */
type Open = { kind: 'add' } | { kind: 'edit' | 'withdraw'; id: string } | null;

interface BodyProps {
  schoolId: string;
  pupilId: string;
  yearGroup: string | null;
  name: string;
  data: PupilExamArrangements;
  canWrite: boolean;
  classStaff: boolean;
  onDone: (message: string) => void;
}

function CurrentArrangement({
  arrangement,
  today,
  open,
  canWrite,
  onOpen,
  children,
}: {
  arrangement: ExamArrangement;
  today: string;
  open: Open;
  canWrite: boolean;
  onOpen: (next: Open) => void;
  children: ReactNode;
}) {
  const isOpen = open !== null && open.kind !== 'add' && open.id === arrangement.id;
  const what = arrangementInstruction(arrangement);
  return (
    <li className="exam-arrangement">
      <ArrangementDetails arrangement={arrangement} today={today}>
        {canWrite && !isOpen ? (
          <div className="button-group">
            <Button
              variant="secondary"
              className="button--small"
              onClick={() => {
                onOpen({ kind: 'edit', id: arrangement.id });
              }}
            >
              Change<span className="visually-hidden"> {what}</span>
            </Button>
            <Button
              variant="secondary"
              className="button--small"
              onClick={() => {
                onOpen({ kind: 'withdraw', id: arrangement.id });
              }}
            >
              Withdraw<span className="visually-hidden"> {what}</span>
            </Button>
          </div>
        ) : null}
      </ArrangementDetails>
      {isOpen ? children : null}
    </li>
  );
}

function Arrangements({ schoolId, pupilId, yearGroup, name, data, canWrite, classStaff, onDone }: BodyProps) {
  const today = todayIso();
  const [open, setOpen] = useState<Open>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(null);
    addButton.current?.focus();
  };
  const done = (message: string) => {
    setOpen(null);
    onDone(message);
  };

  if (data.hiddenFromTeachingAssistants) {
    return (
      <div className="inset-text">
        <p>
          Your school has not shared exam access arrangements with teaching assistants. If you think {name}{' '}
          needs something in tests or exams, talk to the SENCO or {name}&rsquo;s class teacher: they will be
          glad to hear it.
        </p>
      </div>
    );
  }

  const formFor = (arrangement: ExamArrangement) =>
    open?.kind === 'withdraw' ? (
      <WithdrawArrangement
        schoolId={schoolId}
        pupilId={pupilId}
        arrangement={arrangement}
        onWithdrawn={done}
        onCancel={close}
      />
    ) : (
      <ArrangementForm
        schoolId={schoolId}
        pupilId={pupilId}
        yearGroup={yearGroup}
        arrangement={arrangement}
        onSaved={done}
        onCancel={close}
      />
    );

  return (
    <>
      {classStaff ? (
        <p>
          These are {name}&rsquo;s normal way of working. Give them in lessons and class tests too, not only
          in exams, so the arrangements are ready when they are needed.
        </p>
      ) : null}
      <h2 className="heading-m">Current arrangements</h2>
      {data.current.length ? (
        <ul className="plain-list exam-arrangements">
          {data.current.map((arrangement) => (
            <CurrentArrangement
              key={arrangement.id}
              arrangement={arrangement}
              today={today}
              open={open}
              canWrite={canWrite}
              onOpen={setOpen}
            >
              {formFor(arrangement)}
            </CurrentArrangement>
          ))}
        </ul>
      ) : (
        <p>{name} has no exam access arrangements at the moment.</p>
      )}
      {canWrite ? (
        open?.kind === 'add' ? (
          <ArrangementForm
            schoolId={schoolId}
            pupilId={pupilId}
            yearGroup={yearGroup}
            onSaved={done}
            onCancel={close}
          />
        ) : (
          <p>
            <Button
              ref={addButton}
              variant="secondary"
              onClick={() => {
                setOpen({ kind: 'add' });
              }}
            >
              Add an arrangement
            </Button>
          </p>
        )
      ) : null}
      {data.past.length ? (
        <>
          <h2 className="heading-m">Past arrangements</h2>
          <details className="details exam-past">
            <summary className="details__summary">
              Show {data.past.length} past {data.past.length === 1 ? 'arrangement' : 'arrangements'}
            </summary>
            <ul className="plain-list exam-arrangements">
              {data.past.map((arrangement) => (
                <li className="exam-arrangement" key={arrangement.id}>
                  <ArrangementDetails arrangement={arrangement} today={today} level={3} past />
                </li>
              ))}
            </ul>
          </details>
        </>
      ) : null}
    </>
  );
}

/**
 * A pupil's exam access arrangements (exam.read). Class staff read them as instructions for the
 * classroom; the SENCO and head also see the evidence, assessor and dates; the SENCO adds, changes and
 * withdraws them. A TA whose school has not shared them is told so kindly.
 */
export function PupilExamArrangementsPage() {
  const school = useSchool();
  const { pupil, path, state } = useCurrentPupil();
  const [done, setDone] = useState<{ message: string; key: number } | null>(null);
  const name = pupilName(pupil);
  const canWrite = meets(school.grants, { permission: 'exam.write' });
  const classStaff = meets(school.grants, { permission: 'exam.read', scope: 'own' });
  const arrangements = usePupilExamArrangements(school.schoolId, pupil.id);

  let body;
  if (arrangements.isPending) body = <Loading label="Loading the exam access arrangements" />;
  else if (arrangements.isError)
    body = (
      <QueryError
        error={arrangements.error}
        what="the exam access arrangements"
        onRetry={() => void arrangements.refetch()}
      />
    );
  else
    body = (
      <Arrangements
        schoolId={school.schoolId}
        pupilId={pupil.id}
        yearGroup={pupil.yearGroup ?? null}
        name={name}
        data={arrangements.data}
        canWrite={canWrite}
        classStaff={classStaff}
        onDone={(message) => {
          setDone((before) => ({ message, key: (before?.key ?? 0) + 1 }));
        }}
      />
    );

  return (
    <div className="exam-page">
      <BackLink to={path} state={state}>
        Back to {name}
      </BackLink>
      {done ? (
        <NotificationBanner key={done.key} tone="success" role="status" focus>
          <p className="notification-banner__heading">{done.message}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading
        title={`${name}’s exam access arrangements`}
        caption={school.schoolName}
        takeFocus={!done}
      />
      {body}
    </div>
  );
}
