import type { PassportSection } from '@sendreg/contracts';
import { useEffect, useRef, useState } from 'react';
import { describedBy } from '../../../components/ui/described-by';
import { sectionCount, sectionFieldId, sectionHint } from '../passport-content';

export interface SectionFieldProps {
  section: PassportSection;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** How long after the last key press the count is announced, as the GOV.UK character count does. */
const ANNOUNCE_AFTER_MS = 1000;

/**
 * One section of the draft, in the GOV.UK character count pattern: the label, the section's hint (which
 * says the limit), the textarea, and a count below it. The count on screen follows every key press; a
 * screen reader hears it once typing pauses, not on every character.
 */
export function SectionField({ section, value, onChange, error }: SectionFieldProps) {
  const id = sectionFieldId(section.key);
  const hintId = `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  const count = sectionCount(section, value);
  const [announced, setAnnounced] = useState('');
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const change = (next: string) => {
    onChange(next);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      setAnnounced(sectionCount(section, next).message);
    }, ANNOUNCE_AFTER_MS);
  };

  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="label passport-field__label" htmlFor={id}>
        {section.label}
      </label>
      <div className="hint" id={hintId}>
        {sectionHint(section)}
      </div>
      {error ? (
        <p className="error-message" id={errorId}>
          <span className="visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <textarea
        id={id}
        name={id}
        className={['textarea', error || count.over ? 'textarea--error' : null].filter(Boolean).join(' ')}
        rows={section.kind === 'list' ? 8 : 5}
        value={value}
        onChange={(event) => {
          change(event.target.value);
        }}
        aria-describedby={describedBy(hintId, errorId)}
        aria-invalid={error ? true : undefined}
        spellCheck
      />
      <p
        className={count.over ? 'passport-count passport-count--over' : 'passport-count hint'}
        aria-hidden="true"
      >
        {count.message}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </div>
  );
}
