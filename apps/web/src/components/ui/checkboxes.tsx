import { choiceId, type ChoiceItem } from './choice-items';
import { Fieldset } from './fieldset';

export interface CheckboxesProps {
  idPrefix: string;
  /** The name shared by the checkboxes, read with FormData.getAll. */
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  items: ChoiceItem[];
  /** The values checked to begin with. */
  defaultValues?: readonly string[];
  /** Smaller boxes, side by side where they fit: for filter panels. */
  small?: boolean;
}

/** GOV.UK checkboxes: any number of answers, native inputs in a fieldset. */
export function Checkboxes({
  idPrefix,
  name,
  legend,
  hint,
  error,
  items,
  defaultValues = [],
  small,
}: CheckboxesProps) {
  return (
    <Fieldset id={idPrefix} legend={legend} hint={hint} error={error}>
      <div className={small ? 'choices choices--small' : 'choices'}>
        {items.map((item, index) => {
          const id = choiceId(idPrefix, index);
          const hintId = item.hint ? `${id}-item-hint` : undefined;
          return (
            <div className="choices__item" key={item.value}>
              <input
                className="choices__input"
                id={id}
                name={name}
                type="checkbox"
                value={item.value}
                defaultChecked={defaultValues.includes(item.value)}
                aria-describedby={hintId}
              />
              <label className="choices__label" htmlFor={id}>
                {item.label}
              </label>
              {item.hint ? (
                <div className="hint choices__hint" id={hintId}>
                  {item.hint}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
