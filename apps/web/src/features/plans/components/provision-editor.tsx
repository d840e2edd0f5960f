import type { PlanProvisionRef, PlanSection } from '@sendreg/contracts';
import { Checkboxes } from '../../../components/ui/checkboxes';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useSchoolGroups, usePupilGroupIds } from '../api/get-provision-choices';
import { missingLinkedIds, provisionChoices } from '../plan-provision';
import { provisionGroupsId, provisionNotesId } from '../plan-form';
import { characterCount, plural } from '../plan-text';
import { CountedTextarea } from './counted-textarea';

export interface ProvisionEditorProps {
  schoolId: string;
  pupilId: string;
  name: string;
  section: PlanSection;
  provisionIds: string[];
  notes: string;
  /** The groups the plan links now, as the server named them (for any no longer in the list). */
  linked: readonly PlanProvisionRef[];
  onChange: (value: { provisionIds: string[]; notes: string }) => void;
  errors: Record<string, string>;
}

const NO_GROUPS: ReadonlySet<string> = new Set();

/**
 * The provision of a plan: the school's current groups as checkboxes, the pupil's own groups first,
 * and free text for support that is not a group (a reading buddy, a movement break plan).
 */
export function ProvisionEditor({
  schoolId,
  pupilId,
  name,
  section,
  provisionIds,
  notes,
  linked,
  onChange,
  errors,
}: ProvisionEditorProps) {
  const groups = useSchoolGroups(schoolId);
  const pupilGroups = usePupilGroupIds(schoolId, pupilId);
  const groupsId = provisionGroupsId(section.key);

  let choices;
  if (groups.isPending) choices = <Loading label="Loading the school's groups" />;
  else if (groups.isError)
    choices = (
      <QueryError error={groups.error} what="the school's groups" onRetry={() => void groups.refetch()} />
    );
  else {
    const items = provisionChoices(groups.data.items, pupilGroups.data ?? NO_GROUPS, provisionIds);
    const missing = missingLinkedIds(items, provisionIds);
    const all = [
      ...items.map((choice) => ({ value: choice.id, label: choice.name, hint: choice.hint })),
      ...missing.map((id) => {
        const ref = linked.find((each) => each.id === id);
        return {
          value: id,
          label: ref?.name ?? 'A group no longer on the provision map',
          hint: 'Linked before; no longer a current group. Untick it to take it off the plan.',
        };
      }),
    ];
    choices = all.length ? (
      // The shared checkboxes are uncontrolled; their changes bubble here and are kept in the form's state.
      <div
        onChange={(event) => {
          const input = event.target as HTMLInputElement;
          if (input.type !== 'checkbox') return;
          const next = input.checked
            ? [...provisionIds.filter((id) => id !== input.value), input.value]
            : provisionIds.filter((id) => id !== input.value);
          onChange({ provisionIds: next, notes });
        }}
      >
        <Checkboxes
          idPrefix={groupsId}
          name={groupsId}
          legend="Intervention groups"
          hint={`Groups ${name} is in come first. Tick each group that will help meet the outcomes.`}
          error={errors[groupsId]}
          items={all}
          defaultValues={provisionIds}
        />
      </div>
    ) : (
      <p className="secondary-text" id={groupsId} tabIndex={-1}>
        The school has no current intervention groups. Start one on the provision map, or describe the support
        below.
      </p>
    );
  }

  return (
    <section className="plan-edit__section" aria-labelledby={`plan-${section.key}-title`}>
      <h2 className="heading-m" id={`plan-${section.key}-title`}>
        {section.label}
      </h2>
      <p className="hint">{section.hint}.</p>
      {choices}
      <CountedTextarea
        id={provisionNotesId(section.key)}
        label="Other support"
        hint={`Anything that is not a group, for example a reading buddy or movement breaks. Up to ${plural(section.max, 'character', 'characters')}.`}
        error={errors[provisionNotesId(section.key)]}
        value={notes}
        onChange={(next) => {
          onChange({ provisionIds, notes: next });
        }}
        count={(value) => characterCount(section.max, value)}
        rows={4}
      />
    </section>
  );
}
