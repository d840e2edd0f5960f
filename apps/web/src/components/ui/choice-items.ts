import type { ReactNode } from 'react';

export interface ChoiceItem {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Shows "or" above this item, as GOV.UK does before a "none of these" answer. */
  dividerBefore?: boolean;
}

/**
 * The id of each radio or checkbox: the first is the group's id, so an error summary link to the
 * group lands on the first choice (the GOV.UK convention); the others are numbered from 2.
 */
export function choiceId(idPrefix: string, index: number): string {
  return index === 0 ? idPrefix : `${idPrefix}-${String(index + 1)}`;
}
