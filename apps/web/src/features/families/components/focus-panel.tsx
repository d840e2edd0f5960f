import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * The form or question that takes the list's place while something is added, changed or removed. Its
 * heading takes focus when it opens, so keyboard and screen reader users start at the top of it.
 */
export function FocusPanel({ title, children }: { title: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="families-panel" aria-labelledby={titleId}>
      <h2 className="heading-m" id={titleId} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}
