import type { Me } from '@sendreg/contracts';
import type { SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import { schoolPath, trustPath } from '../home';

export interface SchoolSwitcherProps {
  me: Me;
  /** The root path of the school or trust in the URL, if any. */
  current: string | undefined;
}

/**
 * For people who work in several schools (or a school and a trust). A select and a button rather than
 * a select that navigates on change: changing the page as an option is picked would surprise keyboard
 * and screen reader users (WCAG 3.2.2 On Input).
 */
export function SchoolSwitcher({ me, current }: SchoolSwitcherProps) {
  const navigate = useNavigate();
  const schools = me.schools.map((school) => ({
    value: schoolPath(school.schoolId),
    label: school.schoolName,
  }));
  const trusts = me.trusts.map((trust) => ({ value: trustPath(trust.trustId), label: trust.trustName }));
  if (schools.length + trusts.length < 2) return null;

  const switchSchool = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = new FormData(event.currentTarget).get('school');
    if (typeof target === 'string' && target !== current) void navigate(target);
  };

  const options = (list: { value: string; label: string }[]) =>
    list.map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    ));

  return (
    <form className="school-switcher" onSubmit={switchSchool}>
      <label className="school-switcher__label" htmlFor="school-switcher">
        School
      </label>
      {/* Keyed by the URL so the selection follows navigation made elsewhere (links, back button). */}
      <select
        key={current ?? 'none'}
        className="select school-switcher__select"
        id="school-switcher"
        name="school"
        defaultValue={current ?? [...schools, ...trusts].at(0)?.value}
      >
        {trusts.length > 0 ? (
          <>
            {schools.length > 0 ? <optgroup label="Schools">{options(schools)}</optgroup> : null}
            <optgroup label="Trusts">{options(trusts)}</optgroup>
          </>
        ) : (
          options(schools)
        )}
      </select>
      <button type="submit" className="button button--secondary button--small">
        Switch<span className="visually-hidden"> school</span>
      </button>
    </form>
  );
}
