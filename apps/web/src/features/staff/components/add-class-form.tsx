import { YEAR_GROUPS, yearGroupLabel, type YearGroup } from '@sendreg/contracts';
import { useState, type SubmitEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { formProblemFrom, type FormProblem } from '../../../lib/form-problem';
import { formText } from '../../../utils/form-text';
import { useCreateClass } from '../api/staff-writes';

const FIELD = { name: 'class-name', yearGroup: 'class-year-group' };

/** Add a class (staff.write): its name and, unless it is mixed, its year group. */
export function AddClassForm({ schoolId }: { schoolId: string }) {
  const create = useCreateClass(schoolId);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [added, setAdded] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  const fail = (next: FormProblem) => {
    setProblem(next);
    setAdded(null);
    setAttempt((count) => count + 1);
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const data = new FormData(event.currentTarget);
    const name = formText(data, 'name').trim();
    const yearGroup = formText(data, 'yearGroup');
    if (!name) {
      fail({
        fields: { [FIELD.name]: 'Enter the name of the class' },
        summary: [{ fieldId: FIELD.name, message: 'Enter the name of the class' }],
      });
      return;
    }
    setProblem(null);
    create.mutate(
      { name, yearGroup: yearGroup ? (yearGroup as YearGroup) : null },
      {
        onSuccess: (schoolClass) => {
          setAdded(`Class ${schoolClass.name} added.`);
          setFormKey((key) => key + 1);
        },
        onError: (error) => {
          fail(
            formProblemFrom(
              error,
              (field) => (field === 'yearGroup' ? FIELD.yearGroup : FIELD.name),
              FIELD.name,
            ),
          );
        },
      },
    );
  };

  return (
    <section aria-labelledby="add-class-heading">
      <h2 className="heading-m" id="add-class-heading">
        Add a class
      </h2>
      {added ? (
        <NotificationBanner tone="success" role="status" focus>
          <p className="notification-banner__heading">{added}</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={problem?.summary ?? []} attempt={attempt} />
      <form className="form" onSubmit={submit} noValidate key={formKey}>
        <TextField
          id={FIELD.name}
          name="name"
          label="Class name"
          hint="For example, 3A"
          error={problem?.fields[FIELD.name]}
          autoComplete="off"
          spellCheck={false}
        />
        <SelectField
          id={FIELD.yearGroup}
          name="yearGroup"
          label="Year group"
          error={problem?.fields[FIELD.yearGroup]}
          defaultValue=""
        >
          <option value="">Mixed years</option>
          {YEAR_GROUPS.map((year) => (
            <option key={year} value={year}>
              {yearGroupLabel(year)}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant="secondary" aria-disabled={create.isPending || undefined}>
          Add class
        </Button>
        {create.isPending ? <Loading label="Adding the class" /> : null}
      </form>
    </section>
  );
}
