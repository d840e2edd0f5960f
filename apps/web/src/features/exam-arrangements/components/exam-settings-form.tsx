import { useState, type SubmitEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { Radios } from '../../../components/ui/radios';
import { formProblemFrom, isStaleVersion, type FormProblem } from '../../../lib/form-problem';
import { useExamSettings } from '../api/get-exam-settings';
import { useSaveExamSettings } from '../api/exam-writes';

const FIELD_ID = 'exam-tas-see';

/**
 * The SENCO's choice whether teaching assistants see the arrangements of the pupils they support. Off
 * until the school turns it on: arrangements carry sensitive detail, and schools decide who needs them.
 */
export function ExamSettingsForm({
  schoolId,
  onSaved,
}: {
  schoolId: string;
  onSaved: (message: string) => void;
}) {
  const settings = useExamSettings(schoolId);
  const save = useSaveExamSettings(schoolId);
  const [choice, setChoice] = useState<string | null>(null);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [attempt, setAttempt] = useState(0);

  if (settings.isPending) return <Loading label="Loading the setting" />;
  if (settings.isError)
    return <QueryError error={settings.error} what="the setting" onRetry={() => void settings.refetch()} />;
  const saved = settings.data.teachingAssistantsSee ? 'yes' : 'no';

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const teachingAssistantsSee = (choice ?? saved) === 'yes';
    setProblem(null);
    save.mutate(
      { teachingAssistantsSee, version: settings.data.version },
      {
        onSuccess: () => {
          setChoice(null);
          onSaved(
            teachingAssistantsSee
              ? 'Teaching assistants can now see the arrangements of the pupils they support.'
              : 'Teaching assistants no longer see exam access arrangements.',
          );
        },
        onError: (error) => {
          setAttempt((count) => count + 1);
          setProblem(
            isStaleVersion(error)
              ? {
                  fields: {},
                  summary: [
                    {
                      fieldId: FIELD_ID,
                      message:
                        'Someone else changed this setting since you opened this page. Reload the page, check it, then save again.',
                    },
                  ],
                }
              : formProblemFrom(error, () => FIELD_ID, FIELD_ID),
          );
        },
      },
    );
  };

  return (
    <section className="exam-settings" aria-labelledby="exam-settings-title">
      <h2 className="heading-m" id="exam-settings-title">
        Teaching assistants
      </h2>
      <ErrorSummary errors={problem?.summary ?? []} attempt={attempt} />
      <form className="form" onSubmit={submit} noValidate aria-labelledby="exam-settings-title">
        <Radios
          key={`${saved}-${String(settings.data.version)}`}
          idPrefix={FIELD_ID}
          name="teachingAssistantsSee"
          legend="Teaching assistants can see the arrangements of the pupils they support"
          hint="Teachers always see their own pupils' arrangements. Teaching assistants see only the arrangements, never the evidence."
          error={problem?.fields[FIELD_ID]}
          items={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
          defaultValue={saved}
          onChange={(event) => {
            setChoice(event.target.value);
          }}
        />
        <Button type="submit" variant="secondary" aria-disabled={save.isPending || undefined}>
          Save setting
        </Button>
        {save.isPending ? <Loading label="Saving the setting" /> : null}
      </form>
    </section>
  );
}
