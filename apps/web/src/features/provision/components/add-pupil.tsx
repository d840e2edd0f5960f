import type { Provision } from '@sendreg/contracts';
import { useState, type SubmitEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { DateInput } from '../../../components/ui/date-input';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { Radios } from '../../../components/ui/radios';
import { TextField } from '../../../components/ui/text-field';
import { formProblemFrom } from '../../../lib/form-problem';
import { dateParts, todayIso } from '../../../utils/dates';
import { formText } from '../../../utils/form-text';
import { formatDate } from '../../../utils/format-date';
import { pupilName } from '../../../utils/pupil-name';
import { useAddProvisionPupil } from '../api/provision-writes';
import { PUPIL_SEARCH_SIZE, usePupilSearch } from '../api/search-pupils';
import { ADD_PUPIL_FIELD, addPupilFieldId, checkAddPupil } from '../place-form-check';
import { defaultJoinDate, pupilLine } from '../places';
import { measureInUnit } from '../measure';
import { useCheckedForm } from './use-checked-form';

export interface AddPupilProps {
  schoolId: string;
  group: Provision;
  onAdded: (notice: string) => void;
}

/**
 * "Add a pupil", folded away until wanted: search the school's pupils by name or UPN, pick one, and
 * say when they join and, if known, their entry measure and target. The search stays on this page:
 * it never reaches the address bar.
 */
export function AddPupil({ schoolId, group, onAdded }: AddPupilProps) {
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const [searchError, setSearchError] = useState<string | undefined>();
  const [round, setRound] = useState(0);
  const found = usePupilSearch(schoolId, q);
  const add = useAddProvisionPupil(schoolId, group.id);
  const form = useCheckedForm();
  // Pupils still in the group cannot join it again; those who have left can come back.
  const today = todayIso();
  const inGroup = new Set(
    group.places
      .filter((place) => place.leftOn === null || place.leftOn > today)
      .map((place) => place.pupil.id),
  );
  const leftOn = new Map(
    group.places.flatMap((place) => (place.leftOn ? [[place.pupil.id, place.leftOn] as const] : [])),
  );
  const choices = found.data?.items.filter((pupil) => !inGroup.has(pupil.id)) ?? [];
  const alreadyIn = (found.data?.items.length ?? 0) - choices.length;
  const measured = measureInUnit(group.measure);

  const search = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = formText(new FormData(event.currentTarget), 'q').trim();
    form.clear();
    setSearchError(text ? undefined : "Enter part of the pupil's name, or their UPN");
    setQ(text);
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const checked = checkAddPupil(new FormData(event.currentTarget), { hasChoices: choices.length > 0 });
    if (!checked.ok) {
      form.fail(checked.problem, checked.dateParts);
      return;
    }
    form.clear();
    const pupil = choices.find((choice) => choice.id === checked.request.pupilId);
    add.mutate(checked.request, {
      onSuccess: () => {
        setOpen(false);
        setQ('');
        setRound((count) => count + 1);
        onAdded(`${pupil ? pupilName(pupil) : 'The pupil'} added to the group.`);
      },
      onError: (error) => {
        form.fail(
          formProblemFrom(
            error,
            addPupilFieldId,
            choices.length ? ADD_PUPIL_FIELD.pupilId : ADD_PUPIL_FIELD.search,
          ),
        );
      },
    });
  };

  // One status line that is always there, so screen readers hear each search's outcome.
  let status = '';
  let results = null;
  if (q && found.isPending) results = <Loading label="Searching" />;
  else if (q && found.isError)
    results = <QueryError error={found.error} what="the pupils" onRetry={() => void found.refetch()} />;
  else if (q && found.data) {
    const total = found.data.total;
    status =
      choices.length === 0
        ? alreadyIn
          ? `The pupils who match “${q}” are already in this group.`
          : `No pupils match “${q}”. Check the spelling, or search by UPN.`
        : total > found.data.items.length
          ? `Showing the first ${String(PUPIL_SEARCH_SIZE)} of ${String(total)} pupils who match “${q}”. Search with more of the name to narrow it.`
          : `${String(choices.length)} ${choices.length === 1 ? 'pupil matches' : 'pupils match'} “${q}”.`;
    if (choices.length > 0 && alreadyIn > 0)
      status += ` ${String(alreadyIn)} already in this group ${alreadyIn === 1 ? 'is' : 'are'} not listed.`;
    results =
      choices.length > 0 ? (
        <Radios
          idPrefix={ADD_PUPIL_FIELD.pupilId}
          name="pupilId"
          legend="Which pupil?"
          error={form.error(ADD_PUPIL_FIELD.pupilId)}
          items={choices.map((pupil) => ({
            value: pupil.id,
            label: pupilName(pupil),
            hint: [
              pupilLine({ yearGroup: pupil.yearGroup, className: pupil.className }),
              leftOn.has(pupil.id) ? `left this group on ${formatDate(leftOn.get(pupil.id))}` : '',
            ]
              .filter(Boolean)
              .join('; '),
          }))}
        />
      ) : null;
  }

  const joined = form.dateError(ADD_PUPIL_FIELD.joinedOn);
  const entryDate = form.dateError(ADD_PUPIL_FIELD.entryDate);

  return (
    <details
      className="details"
      open={open}
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary className="details__summary">Add a pupil</summary>
      <div className="place-form" key={round}>
        <ErrorSummary errors={form.problem?.summary ?? []} attempt={form.attempt} />
        <form className="pupil-search" role="search" aria-label="Pupils" onSubmit={search} noValidate>
          <TextField
            id={ADD_PUPIL_FIELD.search}
            name="q"
            label="Search for a pupil"
            hint="Part of their name, or their UPN"
            type="search"
            error={searchError ?? form.error(ADD_PUPIL_FIELD.search)}
            autoComplete="off"
            spellCheck={false}
          />
          <Button type="submit" variant="secondary">
            Search
          </Button>
        </form>
        <form className="form" onSubmit={submit} noValidate>
          <p role="status">{status}</p>
          {results}
          <DateInput
            id={ADD_PUPIL_FIELD.joinedOn}
            name="joinedOn"
            legend="When do they join the group?"
            hint={`For example, ${formatExample(defaultJoinDate(today, group.startDate, group.endDate))}`}
            {...joined}
            defaultValue={dateParts(defaultJoinDate(today, group.startDate, group.endDate))}
          />
          <TextField
            id={ADD_PUPIL_FIELD.entryScore}
            name="entryScore"
            label="Entry score (optional)"
            hint={`${measured} when they join: the baseline to measure progress from`}
            error={form.error(ADD_PUPIL_FIELD.entryScore)}
            inputMode="decimal"
            autoComplete="off"
            className="input--width-10"
          />
          <DateInput
            id={ADD_PUPIL_FIELD.entryDate}
            name="entryDate"
            legend="Date of the entry measure (optional)"
            hint="Needed with an entry score"
            {...entryDate}
          />
          <TextField
            id={ADD_PUPIL_FIELD.targetScore}
            name="targetScore"
            label="Target (optional)"
            hint={measured}
            error={form.error(ADD_PUPIL_FIELD.targetScore)}
            inputMode="decimal"
            autoComplete="off"
            className="input--width-10"
          />
          <div className="button-group">
            <Button type="submit" aria-disabled={add.isPending || undefined}>
              Add to the group
            </Button>
          </div>
          {add.isPending ? <Loading label="Adding the pupil" /> : null}
        </form>
      </div>
    </details>
  );
}

/** "2026-11-03" as the GOV.UK date example "3 11 2026". */
function formatExample(iso: string): string {
  const parts = dateParts(iso);
  return `${parts.day} ${parts.month} ${parts.year}`;
}
