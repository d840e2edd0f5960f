import type { MouseEvent } from 'react';

export interface SkipLinkProps {
  targetId: string;
}

/** The first focusable element of every page: jumps past the header and navigation. */
export function SkipLink({ targetId }: SkipLinkProps) {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    // Move focus ourselves: the router owns the URL, and a bare hash change would not move focus.
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'start' });
  };
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={skip}>
      Skip to main content
    </a>
  );
}
