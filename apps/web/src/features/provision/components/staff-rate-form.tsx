import { DELIVERING_ROLE_LABELS, DELIVERING_ROLES } from '@sendreg/contracts';
import { useState, type SubmitEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { DateInput } from '../../../components/ui/date-input';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { SelectField } from '../../../components/ui/select-field';
import { formatPounds } from '@sendreg/contracts';
import { formProblemFrom } from '../../../lib/form-problem';
import { dateParts, todayIso } from '../../../utils/dates';
import { formatDate } from '../../../utils/format-date';
import { useSetStaffRate } from '../api/staff-rates';
import { staffLabel, type StaffPerson } from '../delivering-staff';
import { checkStaffRate, RATE_FIELD, rateFieldId, rateTargetValue } from '../staff-rate-form-check';
import { MoneyField } from './money-field';
import { useCheckedForm } from './use-checked-form';

export interface StaffRateFormProps {
  schoolId: string;
  /** People who can deliver, to give one their own rate. */
  staff: StaffPerson[];
}

/**
 * Set an hourly rate for a role, or for one member of staff, from a date (rate.write). The error summary
 * and the confirmation sit above the form: the form is the end of the page.
 */
export function StaffRateForm({ schoolId, staff }: StaffRateFormProps) {
  const setRate = useSetStaffRate(schoolId);
  const form = useCheckedForm();
  const [done, setDone] = useState<{ notice: string; count: number } | null>(null);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (setRate.isPending) return;
    const checked = checkStaffRate(new FormData(event.currentTarget));
    if (!checked.ok) {
      form.fail(checked.problem, checked.dateParts);
      return;
    }
    form.clear();
    const { request } = checked;
    const who =
      request.role !== undefined
        ? `${DELIVERING_ROLE_LABELS[request.role]}s`
        : (staff.find((person) => person.userId === request.userId)?.displayName ?? 'The member of staff');
    setRate.mutate(request, {
      onSuccess: () => {
        setDone((previous) => ({
          notice: `${who}: ${formatPounds(request.hourlyRatePence)} an hour from ${formatDate(request.effectiveFrom)}.`,
          count: (previous?.count ?? 0) + 1,
        }));
      },
      onError: (error) => {
        form.fail(formProblemFrom(error, rateFieldId, RATE_FIELD.target));
      },
    });
  };
  const from = form.dateError(RATE_FIELD.effectiveFrom);

  return (
    <section aria-labelledby="set-rate">
      {done ? (
        <NotificationBanner key={done.count} tone="success" role="status" title="Rate set" focus>
          <p className="notification-banner__heading">{done.notice}</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={form.problem?.summary ?? []} attempt={form.attempt} />
      <h2 className="heading-m" id="set-rate">
        Set a rate
      </h2>
      <p>
        A new rate costs the sessions held on or after its date. It never changes the cost of sessions before
        it. A rate set again for the same date replaces that date&rsquo;s rate.
      </p>
      <form className="form" onSubmit={submit} noValidate key={done?.count ?? 0}>
        <SelectField
          id={RATE_FIELD.target}
          name="rateFor"
          label="Who is the rate for?"
          hint="Everyone in a role, or one person. A person's own rate is used instead of their role's."
          error={form.error(RATE_FIELD.target)}
          defaultValue=""
        >
          <option value="">Select a role or a person</option>
          <optgroup label="Everyone in a role">
            {DELIVERING_ROLES.map((role) => (
              <option key={role} value={rateTargetValue({ role })}>
                {DELIVERING_ROLE_LABELS[role]}
              </option>
            ))}
          </optgroup>
          {staff.length ? (
            <optgroup label="One member of staff">
              {staff.map((person) => (
                <option key={person.userId} value={rateTargetValue({ userId: person.userId })}>
                  {staffLabel(person)}
                </option>
              ))}
            </optgroup>
          ) : null}
        </SelectField>
        <MoneyField
          id={RATE_FIELD.hourlyRate}
          name="hourlyRate"
          label="Hourly rate"
          hint="In pounds and pence, for example 15.50. Include on-costs if the school costs provision with them."
          error={form.error(RATE_FIELD.hourlyRate)}
        />
        <DateInput
          id={RATE_FIELD.effectiveFrom}
          name="effectiveFrom"
          legend="From when?"
          hint="Sessions on or after this date are costed at the new rate, for example 1 9 2026"
          {...from}
          defaultValue={dateParts(todayIso())}
        />
        <div className="button-group">
          <Button type="submit" aria-disabled={setRate.isPending || undefined}>
            Set rate
          </Button>
        </div>
        {setRate.isPending ? <Loading label="Setting the rate" /> : null}
      </form>
    </section>
  );
}
