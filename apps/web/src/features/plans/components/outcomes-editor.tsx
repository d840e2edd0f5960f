import { PLAN_OUTCOME_LIMITS, type PlanSection } from '@sendreg/contracts';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { Tag } from '../../../components/ui/tag';
import type { DatePart } from '../../../utils/dates';
import { needOptionGroups } from '../plan-content';
import { addOutcomeId, outcomeFieldId } from '../plan-form';
import {
  addOutcome,
  blankOutcome,
  moveOutcome,
  removeOutcome,
  updateOutcome,
  type OutcomeForm,
} from '../plan-outcomes';
import { characterCount, plural } from '../plan-text';
import { CountedTextarea } from './counted-textarea';
import { DateField } from '../../../components/ui/date-field';
import { useFocusAfterRender } from './use-focus-after-render';

export interface OutcomesEditorProps {
  section: PlanSection;
  outcomes: OutcomeForm[];
  onChange: (outcomes: OutcomeForm[]) => void;
  /** Messages by field id. */
  errors: Record<string, string>;
  /** The parts of each date input that are wrong, by the date input's id. */
  dateErrors: Record<string, DatePart[]>;
}

/** The need types by area: the same for every outcome and every render. */
const NEED_GROUPS = needOptionGroups();

/**
 * The outcomes of a plan: each with what success looks like, how it is measured, by when and the area
 * of need it serves. They are added, removed and put in order with buttons, and focus follows: to the
 * new outcome, to the moved one, or to the next one after a removal; a live message says what happened.
 */
export function OutcomesEditor({ section, outcomes, onChange, errors, dateErrors }: OutcomesEditorProps) {
  const focusAfterRender = useFocusAfterRender();
  const [announcement, setAnnouncement] = useState('');
  const full = outcomes.length >= section.max;

  const add = () => {
    const outcome = blankOutcome();
    onChange(addOutcome(outcomes, outcome));
    focusAfterRender(outcomeFieldId(section.key, outcomes.length, 'description'));
    setAnnouncement(`Outcome ${String(outcomes.length + 1)} added`);
  };

  const remove = (index: number) => {
    const next = removeOutcome(outcomes, index);
    onChange(next);
    focusAfterRender(
      next.length === 0
        ? addOutcomeId(section.key)
        : outcomeFieldId(section.key, Math.min(index, next.length - 1), 'description'),
    );
    setAnnouncement(
      `Outcome ${String(index + 1)} removed. ${plural(next.length, 'outcome', 'outcomes')} left.`,
    );
  };

  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    onChange(moveOutcome(outcomes, index, by));
    // Keep focus on the button pressed, unless the outcome reached the end where that button goes.
    const last = outcomes.length - 1;
    const direction = by === -1 ? (to === 0 ? 'down' : 'up') : to === last ? 'up' : 'down';
    focusAfterRender(`${outcomeFieldId(section.key, to, 'description')}-${direction}`);
    setAnnouncement(
      `Outcome ${String(index + 1)} moved ${by === -1 ? 'up' : 'down'}: it is now outcome ${String(to + 1)}`,
    );
  };

  return (
    <section className="plan-edit__section" aria-labelledby={`plan-${section.key}-title`}>
      <h2 className="heading-m" id={`plan-${section.key}-title`}>
        {section.label}
      </h2>
      <p className="hint">
        {section.hint}. Up to {plural(section.max, 'outcome', 'outcomes')}; use the buttons to put them in
        order.
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {outcomes.length === 0 ? <p className="secondary-text">No outcomes yet.</p> : null}
      {outcomes.map((outcome, index) => {
        const n = String(index + 1);
        const id = (part: Parameters<typeof outcomeFieldId>[2]) => outcomeFieldId(section.key, index, part);
        const change = (patch: Partial<Omit<OutcomeForm, 'id'>>) => {
          onChange(updateOutcome(outcomes, index, patch));
        };
        return (
          <fieldset className="fieldset plan-outcome-edit" key={outcome.id}>
            <legend className="fieldset__legend fieldset__legend--m">Outcome {n}</legend>
            {outcome.carriedFrom ? (
              <p className="plan-outcome__carried">
                <Tag colour="yellow">Carried forward from the last review</Tag>
              </p>
            ) : null}
            <CountedTextarea
              id={id('description')}
              label={
                <>
                  What success looks like<span className="visually-hidden"> (outcome {n})</span>
                </>
              }
              hint="Specific and in plain words, for example: reads a book at level 6 aloud with 95% accuracy."
              error={errors[id('description')]}
              value={outcome.description}
              onChange={(description) => {
                change({ description });
              }}
              count={(value) => characterCount(PLAN_OUTCOME_LIMITS.description, value)}
              rows={3}
            />
            <CountedTextarea
              id={id('measure')}
              label={
                <>
                  How it will be measured<span className="visually-hidden"> (outcome {n})</span>
                </>
              }
              hint="The assessment or evidence that will show it, for example: running record in class."
              error={errors[id('measure')]}
              value={outcome.measure}
              onChange={(measure) => {
                change({ measure });
              }}
              count={(value) => characterCount(PLAN_OUTCOME_LIMITS.measure, value)}
              rows={2}
            />
            <DateField
              id={id('by')}
              legend={`By when (outcome ${n})`}
              hint="For example, 27 3 2027"
              value={outcome.byDate}
              error={errors[`${id('by')}-day`] ?? errors[`${id('by')}-month`] ?? errors[`${id('by')}-year`]}
              errorParts={dateErrors[id('by')]}
              onChange={(byDate) => {
                change({ byDate });
              }}
            />
            <SelectField
              id={id('need')}
              label={`Area of need (outcome ${n})`}
              hint="The need this outcome works on (optional)"
              error={errors[id('need')]}
              value={outcome.needCode}
              onChange={(event) => {
                change({ needCode: event.target.value });
              }}
            >
              <option value="">Not given</option>
              {(outcome.needCode &&
              !NEED_GROUPS.some((g) => g.options.some((o) => o.code === outcome.needCode))
                ? needOptionGroups(outcome.needCode)
                : NEED_GROUPS
              ).map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.options.map((option) => (
                    <option key={option.code} value={option.code}>
                      {option.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </SelectField>
            <div className="button-group plan-outcome-edit__actions">
              {index > 0 ? (
                <Button
                  id={`${id('description')}-up`}
                  variant="secondary"
                  className="button--small"
                  onClick={() => {
                    move(index, -1);
                  }}
                >
                  Move up<span className="visually-hidden"> outcome {n}</span>
                </Button>
              ) : null}
              {index < outcomes.length - 1 ? (
                <Button
                  id={`${id('description')}-down`}
                  variant="secondary"
                  className="button--small"
                  onClick={() => {
                    move(index, 1);
                  }}
                >
                  Move down<span className="visually-hidden"> outcome {n}</span>
                </Button>
              ) : null}
              <Button
                variant="warning"
                className="button--small"
                onClick={() => {
                  remove(index);
                }}
              >
                Remove<span className="visually-hidden"> outcome {n}</span>
              </Button>
            </div>
          </fieldset>
        );
      })}
      {errors[addOutcomeId(section.key)] ? (
        <p className="error-message" id={`${addOutcomeId(section.key)}-error`}>
          <span className="visually-hidden">Error:</span> {errors[addOutcomeId(section.key)]}
        </p>
      ) : null}
      {full ? (
        <p className="hint" id={addOutcomeId(section.key)} tabIndex={-1}>
          This plan has the most outcomes it can hold ({section.max}). Remove one to add another.
        </p>
      ) : (
        <Button
          id={addOutcomeId(section.key)}
          variant="secondary"
          onClick={add}
          aria-describedby={
            errors[addOutcomeId(section.key)] ? `${addOutcomeId(section.key)}-error` : undefined
          }
        >
          {outcomes.length === 0 ? 'Add an outcome' : 'Add another outcome'}
        </Button>
      )}
    </section>
  );
}
