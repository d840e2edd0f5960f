import {
  AREA_LABELS,
  AREAS_OF_NEED,
  YEAR_GROUPS,
  yearGroupLabel,
  type NeedTypeRow,
  type SchoolClass,
} from '@sendreg/contracts';
import type { SubmitEvent } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Checkboxes } from '../../../components/ui/checkboxes';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { SEN_STATUS_ORDER, SEN_STATUS_SHORT_LABELS } from '../../../utils/sen-status';
import { needTypeGroups } from '../need-types';
import {
  filtersFromForm,
  hasMoreFilters,
  isFiltered,
  type RegisterFilters as Filters,
} from '../register-search-params';

export interface RegisterFiltersProps {
  filters: Filters;
  onApply: (filters: Filters) => void;
  /** Where "Clear filters" goes: the register with no filters. */
  clearHref: string;
  needTypes: readonly NeedTypeRow[] | undefined;
  /** The school's classes, for those who may read them (staff.read); undefined hides the filter. */
  classes: readonly SchoolClass[] | undefined;
  today: string;
}

/**
 * The register's filters, as one form applied with a button (never on change, WCAG 3.2.2). The search
 * and status are always in view; the rest fold away under "More filters" on a phone-sized day, and
 * open by themselves when one of them is in use.
 */
export function RegisterFilters({
  filters,
  onApply,
  clearHref,
  needTypes,
  classes,
  today,
}: RegisterFiltersProps) {
  const apply = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(filtersFromForm(new FormData(event.currentTarget), filters));
  };
  // Keyed by the filters so the fields show what the URL says after back/forward or "Clear filters";
  // and by whether the need types and classes have arrived, so a need or class chosen in the URL is
  // selected once its option exists (an uncontrolled select applies its default only when mounted).
  const key = JSON.stringify({
    ...filters,
    page: 0,
    sort: '',
    needTypes: needTypes?.length ?? -1,
    classes: classes?.length ?? -1,
  });
  const only = (['pupilPremium', 'eal', 'lookedAfter'] as const).filter((name) => filters[name]);

  return (
    <form
      key={key}
      className="filters filters--register"
      role="search"
      aria-label="Register"
      onSubmit={apply}
    >
      <TextField
        id="register-search"
        name="q"
        label="Search by name or UPN"
        type="search"
        defaultValue={filters.q}
        autoComplete="off"
        spellCheck={false}
        className="input--width-20"
      />
      <Checkboxes
        idPrefix="status"
        name="status"
        legend="SEN status"
        small
        items={SEN_STATUS_ORDER.map((status) => ({ value: status, label: SEN_STATUS_SHORT_LABELS[status] }))}
        defaultValues={filters.status}
      />
      <details className="details filters__more" open={hasMoreFilters(filters)}>
        <summary className="details__summary">More filters</summary>
        <div className="filters__grid">
          <SelectField id="need" name="need" label="Type of need" defaultValue={filters.need ?? ''}>
            <option value="">All types of need</option>
            {needTypes
              ? needTypeGroups(needTypes, today, filters.need ? [filters.need] : []).map((group) => (
                  <optgroup key={group.label} label={group.label}>
                    {group.types.map((type) => (
                      <option key={type.code} value={type.code}>
                        {type.label} ({type.code})
                      </option>
                    ))}
                  </optgroup>
                ))
              : filters.need && <option value={filters.need}>{filters.need}</option>}
          </SelectField>
          <SelectField id="area" name="area" label="Area of need" defaultValue={filters.area ?? ''}>
            <option value="">All areas of need</option>
            {AREAS_OF_NEED.map((area) => (
              <option key={area} value={area}>
                {AREA_LABELS[area]}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="year-group"
            name="yearGroup"
            label="Year group"
            defaultValue={filters.yearGroup ?? ''}
          >
            <option value="">All year groups</option>
            {YEAR_GROUPS.map((year) => (
              <option key={year} value={year}>
                {yearGroupLabel(year)}
              </option>
            ))}
          </SelectField>
          {classes ? (
            <SelectField id="class" name="classId" label="Class" defaultValue={filters.classId ?? ''}>
              <option value="">All classes</option>
              {classes.map((schoolClass) => (
                <option key={schoolClass.id} value={schoolClass.id}>
                  {schoolClass.name}
                </option>
              ))}
            </SelectField>
          ) : null}
          <Checkboxes
            idPrefix="only"
            name="only"
            legend="Only pupils who"
            small
            items={[
              { value: 'pupilPremium', label: 'Get pupil premium' },
              { value: 'eal', label: 'Have English as an additional language' },
              { value: 'lookedAfter', label: 'Are looked after' },
            ]}
            defaultValues={only}
          />
        </div>
      </details>
      <div className="filters__actions">
        <Button type="submit">Apply filters</Button>
        {isFiltered(filters) ? (
          <Link className="filters__clear" to={clearHref}>
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
