import { useEffect, useRef, type ReactNode } from 'react';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { PLACE_PANEL_ID } from './places-table';
import { StaleNotice } from '../../../components/ui/stale-notice';
import type { CheckedForm } from './use-checked-form';

export interface PlacePanelProps {
  title: string;
  form: CheckedForm;
  /** What a 409 is about, for example "Ava Smith's place in the group". */
  what: string;
  onReload: () => void;
  children: ReactNode;
}

/**
 * The form for one pupil's place, opened from their row. Its heading takes focus when it opens, so
 * keyboard and screen reader users land on it; its error summary sits at its top, as on a page.
 */
export function PlacePanel({ title, form, what, onReload, children }: PlacePanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="place-form" id={PLACE_PANEL_ID} aria-labelledby={`${PLACE_PANEL_ID}-title`}>
      <StaleNotice state={form.conflict} attempt={form.attempt} what={what} onReload={onReload} />
      <ErrorSummary errors={form.problem?.summary ?? []} attempt={form.attempt} />
      <h2 className="heading-m" id={`${PLACE_PANEL_ID}-title`} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}
