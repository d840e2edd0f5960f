import { MAX_PAGE_SIZE } from '@sendreg/contracts';
import { useState, type SubmitEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { Checkboxes } from '../../../components/ui/checkboxes';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { formProblemFrom, type FormProblem } from '../../../lib/form-problem';
import { useSchool } from '../../../lib/school-context';
import { useClasses } from '../api/get-classes';
import { useSetClassStaff, useStaff, type ClassStaffAssignment } from '../api/staff-writes';

const FIELD = { teachers: 'class-teachers', tas: 'class-tas' };

/** Choose who teaches and supports one class (staff.write); saving replaces the class's staff. */
export function ClassStaffPage() {
  const school = useSchool();
  const { classId = '' } = useParams();
  const navigate = useNavigate();
  const classes = useClasses(school.schoolId, { page: 1, pageSize: MAX_PAGE_SIZE });
  const staff = useStaff(school.schoolId);
  const save = useSetClassStaff(school.schoolId, classId);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const back = `/schools/${encodeURIComponent(school.schoolId)}/staff`;
  const schoolClass = classes.data?.items.find((item) => item.id === classId);
  const title = schoolClass ? `Staff for class ${schoolClass.name}` : 'Class staff';

  if (classes.isPending || staff.isPending) {
    return (
      <>
        <BackLink to={back} />
        <Loading label="Loading the class and staff" />
      </>
    );
  }
  if (classes.isError || staff.isError) {
    return (
      <>
        <BackLink to={back} />
        <PageHeading title={title} caption={school.schoolName} />
        <QueryError
          error={classes.error ?? staff.error}
          what="the class and its staff"
          onRetry={() => {
            void classes.refetch();
            void staff.refetch();
          }}
        />
      </>
    );
  }
  if (!schoolClass) {
    return (
      <>
        <BackLink to={back} />
        <PageHeading title="Class not found" caption={school.schoolName} />
        <p>
          We could not find this class. <Link to={back}>Go back to staff and classes</Link>.
        </p>
      </>
    );
  }

  const people = staff.data.items;
  const items = people.map((person) => ({
    value: person.userId,
    label: person.displayName,
    hint: person.email,
  }));
  const current = (role: 'teacher' | 'ta') =>
    schoolClass.staff.filter((member) => member.role === role).map((member) => member.userId);

  const fail = (next: FormProblem) => {
    setProblem(next);
    setAttempt((count) => count + 1);
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const data = new FormData(event.currentTarget);
    const teachers = data.getAll('teachers').map(String);
    const tas = data.getAll('tas').map(String);
    const both = people.filter((person) => teachers.includes(person.userId) && tas.includes(person.userId));
    if (both.length > 0) {
      const names = both.map((person) => person.displayName).join(', ');
      fail({
        fields: { [FIELD.tas]: `${names} can be a teacher or a teaching assistant of the class, not both` },
        summary: [
          {
            fieldId: FIELD.tas,
            message: `${names} can be a teacher or a teaching assistant of the class, not both`,
          },
        ],
      });
      return;
    }
    setProblem(null);
    const assignments: ClassStaffAssignment[] = [
      ...teachers.map((userId) => ({ userId, role: 'teacher' as const })),
      ...tas.map((userId) => ({ userId, role: 'ta' as const })),
    ];
    save.mutate(assignments, {
      onSuccess: (saved) => {
        void navigate(back, { state: { notice: `Staff for class ${saved.name} saved.` } });
      },
      onError: (error) => {
        fail(formProblemFrom(error, () => FIELD.teachers, FIELD.teachers));
      },
    });
  };

  return (
    <>
      <BackLink to={back} />
      <ErrorSummary errors={problem?.summary ?? []} attempt={attempt} />
      <div className="grid-row">
        <div className="column-two-thirds">
          <PageHeading
            title={title}
            caption={school.schoolName}
            documentTitle={problem ? `Error: ${title}` : title}
          />
          <p>Teachers and teaching assistants see the pupils of their classes.</p>
          <form className="form" onSubmit={submit} noValidate>
            <Checkboxes
              idPrefix={FIELD.teachers}
              name="teachers"
              legend="Teachers"
              hint="Select all that apply"
              error={problem?.fields[FIELD.teachers]}
              items={items}
              defaultValues={current('teacher')}
            />
            <Checkboxes
              idPrefix={FIELD.tas}
              name="tas"
              legend="Teaching assistants"
              hint="Select all that apply. A person can be a teacher or a teaching assistant of the class, not both."
              error={problem?.fields[FIELD.tas]}
              items={items}
              defaultValues={current('ta')}
            />
            <div className="button-group">
              <Button type="submit" aria-disabled={save.isPending || undefined}>
                Save staff
              </Button>
              <Link className="button-group__link" to={back}>
                Cancel
              </Link>
            </div>
            {save.isPending ? <Loading label="Saving the class's staff" /> : null}
          </form>
        </div>
      </div>
    </>
  );
}
