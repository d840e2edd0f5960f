import { useState } from 'react';

/**
 * The first answer of a query for `key`, kept while the page is open. A form page decides what to show
 * (the form, or "this plan is closed") from the plan as it was opened: the refetch that follows its own
 * save must not swap the form for a message in the moment before the page moves on.
 */
export function useFirstData<T>(key: string, data: T | undefined): T | undefined {
  const [kept, setKept] = useState<{ key: string; data: T } | null>(() =>
    data === undefined ? null : { key, data },
  );
  if (data !== undefined && (kept === null || kept.key !== key)) {
    // Adjusting state while rendering, as React recommends for state derived from props.
    setKept({ key, data });
    return data;
  }
  return kept?.key === key ? kept.data : undefined;
}
