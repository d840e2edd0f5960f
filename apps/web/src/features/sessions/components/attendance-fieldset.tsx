import { ABSENCE_REASON_LABELS, ABSENCE_REASONS } from '@sendreg/contracts';
import { useState } from 'react';
import { Fieldset } from '../../../components/ui/fieldset';
import { Radios } from '../../../components/ui/radios';
import type { FormProblem } from '../../../lib/form-problem';
import type { SessionPupil } from '../group-on-date';
import { absenceFieldId, absenceName, presentFieldId, SESSION_NAME } from '../session-form';

export interface AttendanceFieldsetProps {
  pupils: SessionPupil[];
  problem: FormProblem | null;
  /** Pupils absent to begin with, and why (a correction); everyone else starts as present. */
  initialAbsent?: Record<string, string>;
}

const REASON_ITEMS = ABSENCE_REASONS.map((reason) => ({
  value: reason,
  label: ABSENCE_REASON_LABELS[reason],
}));

/**
 * Who came: a ticked box per pupil, everyone present to begin with. Unticking a pupil reveals the
 * question why they were absent, just below their name (the GOV.UK conditional reveal).
 */
export function AttendanceFieldset({ pupils, problem, initialAbsent = {} }: AttendanceFieldsetProps) {
  const [absent, setAbsent] = useState<ReadonlySet<string>>(() => new Set(Object.keys(initialAbsent)));
  const toggle = (pupilId: string, present: boolean) => {
    setAbsent((current) => {
      const next = new Set(current);
      if (present) next.delete(pupilId);
      else next.add(pupilId);
      return next;
    });
  };
  return (
    <Fieldset
      id="session-attendance"
      legend="Who came to the session?"
      hint="Everyone is ticked to begin with. Untick anyone who was absent."
    >
      <div className="choices attendance">
        {pupils.map((pupil) => {
          const isAbsent = absent.has(pupil.id);
          const conditionalId = `${absenceFieldId(pupil.id)}-conditional`;
          return (
            <div className="choices__item attendance__pupil" key={pupil.id}>
              <input
                className="choices__input"
                id={presentFieldId(pupil.id)}
                name={SESSION_NAME.present}
                type="checkbox"
                value={pupil.id}
                defaultChecked={!isAbsent}
                aria-controls={isAbsent ? conditionalId : undefined}
                onChange={(event) => {
                  toggle(pupil.id, event.currentTarget.checked);
                }}
              />
              <label className="choices__label" htmlFor={presentFieldId(pupil.id)}>
                {pupil.name}
                {isAbsent ? <span className="attendance__absent"> (absent)</span> : null}
              </label>
              {isAbsent ? (
                <div className="conditional" id={conditionalId}>
                  <Radios
                    idPrefix={absenceFieldId(pupil.id)}
                    name={absenceName(pupil.id)}
                    legend={`Why was ${pupil.name} absent?`}
                    error={problem?.fields[absenceFieldId(pupil.id)]}
                    items={REASON_ITEMS}
                    defaultValue={initialAbsent[pupil.id]}
                  />
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
