import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface BackLinkProps {
  to: string;
  children?: ReactNode;
  /** History state to carry back (for example where the page before that came from). */
  state?: unknown;
}

export function BackLink({ to, children = 'Back', state }: BackLinkProps) {
  return (
    <Link className="back-link" to={to} state={state}>
      {children}
    </Link>
  );
}
