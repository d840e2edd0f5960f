import { useState, type SubmitEvent } from 'react';
import { useSearchParams } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { SelectField } from '../../../components/ui/select-field';
import { meets } from '../../../lib/grants';
import { useCurrentPupil } from '../../../lib/pupil-context';
import { useSchool } from '../../../lib/school-context';
import { formText } from '../../../utils/form-text';
import { pupilName } from '../../../utils/pupil-name';
import { useChronology } from '../api/get-chronology';
import { entriesText, kindFilter, kindFilterChoices, kindLabel } from '../chronology-view';
import { ChronologyEntryItem } from '../components/chronology-entry';
import { AddEntryForm } from '../components/entry-form';
import '../chronology.css';

const WRITE = { permission: 'chronology.write' } as const;

/**
 * A pupil's chronology (chronology.read: the SENCO and the head; the SENCO adds and corrects). Newest
 * first, filtered by kind through the address (?kind=call) so a filtered view can be kept and shared
 * within the school; prints as a plain record.
 */
export function ChronologyPage() {
  const school = useSchool();
  const { pupil, path, state } = useCurrentPupil();
  const [params, setParams] = useSearchParams();
  const kind = kindFilter(params.get('kind'));
  const chronology = useChronology(school.schoolId, pupil.id, kind);
  const canWrite = meets(school.grants, WRITE);
  const name = pupilName(pupil);
  /** The one form open: the new entry's, or the correction of an entry (by id). */
  const [open, setOpen] = useState<'add' | string | null>(null);
  const [notice, setNotice] = useState<{ text: string; key: number } | null>(null);

  const done = (text: string) => {
    setOpen(null);
    setNotice((before) => ({ text, key: (before?.key ?? 0) + 1 }));
  };
  const filter = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = kindFilter(formText(new FormData(event.currentTarget), 'kind'));
    setParams(chosen ? { kind: chosen } : {}, { replace: true });
  };

  return (
    <div className="chronology-page">
      <BackLink to={path} state={state}>
        Back to {name}
      </BackLink>
      {notice ? (
        <NotificationBanner tone="success" role="status" focus key={notice.key}>
          <p className="notification-banner__heading">{notice.text}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading title="Chronology" caption={name} takeFocus={!notice} />
      <p className="chronology-page__intro">
        Meetings, calls and messages with {name}&rsquo;s family and the professionals who work with them, and
        what was agreed. Nothing here is ever changed or removed: a mistake is put right by adding a dated
        correction, and the entry as first recorded stays beside it.
      </p>
      <div className="button-group chronology-page__buttons">
        {canWrite && open !== 'add' ? (
          <Button
            onClick={() => {
              setNotice(null);
              setOpen('add');
            }}
          >
            Add to the chronology
          </Button>
        ) : null}
        <Button variant="secondary" onClick={() => window.print()}>
          Print the chronology
        </Button>
      </div>
      {canWrite && open === 'add' ? (
        <AddEntryForm
          schoolId={school.schoolId}
          pupilId={pupil.id}
          onAdded={done}
          onCancel={() => {
            setOpen(null);
          }}
        />
      ) : null}
      <form className="chronology-filter" role="search" aria-label="Filter the chronology" onSubmit={filter}>
        <SelectField id="chronology-kind" name="kind" label="Show" defaultValue={kind ?? ''} key={kind ?? ''}>
          {kindFilterChoices().map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </SelectField>
        <Button variant="secondary" type="submit">
          Filter
        </Button>
      </form>
      {chronology.isPending ? (
        <Loading label="Loading the chronology" />
      ) : chronology.isError ? (
        <QueryError
          error={chronology.error}
          what="the chronology"
          onRetry={() => void chronology.refetch()}
        />
      ) : chronology.data.entries.length === 0 ? (
        <EmptyState title={kind ? `No entries of the kind ${kindLabel(kind)}` : 'Nothing recorded yet'}>
          <p>
            {kind
              ? 'Choose “All kinds” to see every entry.'
              : canWrite
                ? 'Add the first meeting, call or message with the family or a professional.'
                : 'The SENCO records meetings, calls and messages here.'}
          </p>
        </EmptyState>
      ) : (
        <>
          <p className="secondary-text" role="status">
            {entriesText(chronology.data.entries.length)}
            {kind ? ` (${kindLabel(kind)} only)` : ''}, newest first
          </p>
          <ol className="chronology">
            {chronology.data.entries.map((entry) => (
              <ChronologyEntryItem
                key={entry.id}
                schoolId={school.schoolId}
                pupilId={pupil.id}
                entry={entry}
                canWrite={canWrite}
                correcting={open === entry.id}
                onCorrect={() => {
                  setNotice(null);
                  setOpen(entry.id);
                }}
                onCorrected={done}
                onCancel={() => {
                  setOpen(null);
                }}
              />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
