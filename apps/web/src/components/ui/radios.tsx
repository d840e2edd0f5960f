import type { ChangeEvent } from 'react';
import { choiceId, type ChoiceItem } from './choice-items';
import { Fieldset } from './fieldset';

export interface RadiosProps {
  /** The id of the first radio; the others are numbered from it (see choiceId). */
  idPrefix: string;
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  items: ChoiceItem[];
  defaultValue?: string;
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
}

/** GOV.UK radios: one answer from a short list, native inputs in a fieldset. */
export function Radios({ idPrefix, name, legend, hint, error, items, defaultValue, onChange }: RadiosProps) {
  return (
    <Fieldset id={idPrefix} legend={legend} hint={hint} error={error}>
      <div className="choices">
        {items.map((item, index) => {
          const id = choiceId(idPrefix, index);
          const hintId = item.hint ? `${id}-item-hint` : undefined;
          return (
            <div key={item.value}>
              {item.dividerBefore ? <p className="choices__divider">or</p> : null}
              <div className="choices__item">
                <input
                  className="choices__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={item.value}
                  defaultChecked={defaultValue === item.value}
                  aria-describedby={hintId}
                  onChange={onChange}
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
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
