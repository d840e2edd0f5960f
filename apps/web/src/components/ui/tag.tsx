import type { ReactNode } from 'react';

export type TagColour = 'grey' | 'blue' | 'purple' | 'yellow' | 'green' | 'red';

/** A short status label (GOV.UK tag). The words carry the meaning; the colour only helps scanning. */
export function Tag({ colour = 'grey', children }: { colour?: TagColour; children: ReactNode }) {
  return <strong className={`tag tag--${colour}`}>{children}</strong>;
}
