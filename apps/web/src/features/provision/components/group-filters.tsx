import { PROVISION_STATE_LABELS, type Intervention } from '@sendreg/contracts';
import type { SubmitEvent } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { staffLabel, type StaffPerson } from '../delivering-staff';
import {
  filtersFromForm,
  isFiltered,
  STATE_FILTERS,
  type ProvisionListFilters,
  type StateFilter,
} from '../provision-list-params';

const STATE_OPTION_LABELS: Record<StateFilter, string> = { ...PROVISION_STATE_LABELS, all: 'All groups' };

export interface GroupFiltersProps {
  filters: ProvisionListFilters;
  onApply: (filters: ProvisionListFilters) => void;
  clearHref: string;
  interventions: readonly Intervention[] | undefined;
  /** The people who deliver groups; undefined hides the filter (for those who may not read staff). */
  staff: readonly StaffPerson[] | undefined;
}

/** The groups' filters: one form, applied with its button (never on change, WCAG 3.2.2). */
export function GroupFilters({ filters, onApply, clearHref, interventions, staff }: GroupFiltersProps) {
  const apply = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(filtersFromForm(new FormData(event.currentTarget)));
  };
  // Keyed by the filters, so the fields follow the URL after back/forward and "Clear filters"; and by the
  // options having arrived, so a choice in the URL is selected once its option exists.
  const key = JSON.stringify({
    ...filters,
    page: 0,
    interventions: interventions?.length ?? -1,
    staff: staff?.length ?? -1,
  });
  return (
    <form key={key} className="filters" role="search" aria-label="Groups" onSubmit={apply}>
      <TextField
        id="groups-search"
        name="q"
        label="Search"
        hint="Part of the group's name"
        type="search"
        defaultValue={filters.q}
        autoComplete="off"
        spellCheck={false}
      />
      <SelectField id="groups-state" name="state" label="State" defaultValue={filters.state}>
        {STATE_FILTERS.map((state) => (
          <option key={state} value={state}>
            {STATE_OPTION_LABELS[state]}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="groups-intervention"
        name="interventionId"
        label="Intervention"
        defaultValue={filters.interventionId ?? ''}
      >
        <option value="">All interventions</option>
        {interventions?.map((intervention) => (
          <option key={intervention.id} value={intervention.id}>
            {intervention.archived ? `${intervention.name} (archived)` : intervention.name}
          </option>
        ))}
      </SelectField>
      {staff ? (
        <SelectField
          id="groups-staff"
          name="staffId"
          label="Delivered by"
          defaultValue={filters.staffId ?? ''}
        >
          <option value="">Anyone</option>
          {staff.map((person) => (
            <option key={person.userId} value={person.userId}>
              {staffLabel(person)}
            </option>
          ))}
        </SelectField>
      ) : null}
      <div className="filters__actions">
        <Button type="submit">Show groups</Button>
        {isFiltered(filters) ? (
          <Link className="filters__clear" to={clearHref}>
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
