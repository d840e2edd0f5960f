import { useEffect, useRef } from 'react';

/**
 * A ref for the heading of a step of the import: when the step appears in answer to something the
 * person did, focus moves to its heading, so keyboard and screen reader users start there.
 */
export function useFocusOnMount<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
    // Only when the step first appears: re-rendering it must not pull focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return ref;
}
