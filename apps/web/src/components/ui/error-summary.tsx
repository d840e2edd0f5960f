import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from 'react';

export interface ErrorSummaryItem {
  /** The id of the field the message is about; the link moves focus there. */
  fieldId: string;
  message: string;
}

export interface ErrorSummaryProps {
  errors: ErrorSummaryItem[];
  /** Changes on every failed attempt, so focus returns to the summary each time. */
  attempt: number;
  /** Default "There is a problem". */
  title?: string;
  /** Shown below the list: an explanation and a way forward, when the problem is not one field's. */
  children?: ReactNode;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  // Bring the field's label into view with the field, as the GOV.UK error summary does.
  const label = document.querySelector<HTMLElement>(`label[for="${CSS.escape(fieldId)}"]`);
  (label ?? field).scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
}

/** The GOV.UK error summary: at the top of the page, focused on failure, linking to each field. */
export function ErrorSummary({ errors, attempt, title = 'There is a problem', children }: ErrorSummaryProps) {
  const summary = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const hasErrors = errors.length > 0 || Boolean(children);

  useEffect(() => {
    if (hasErrors) summary.current?.focus();
  }, [attempt, hasErrors]);

  if (!hasErrors) return null;
  return (
    <div className="error-summary" ref={summary} tabIndex={-1} aria-labelledby={titleId}>
      <div role="alert">
        <h2 className="error-summary__title" id={titleId}>
          {title}
        </h2>
        {children}
        {errors.length > 0 ? (
          <ul className="error-summary__list">
            {errors.map((error) => (
              <li key={`${error.fieldId}:${error.message}`}>
                <a
                  href={`#${error.fieldId}`}
                  onClick={(event) => {
                    focusField(event, error.fieldId);
                  }}
                >
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
