import { useCallback, useEffect, useRef } from 'react';

/**
 * Moves focus to an element by id once the next render is on the page: after adding, removing or
 * moving a row, focus goes to where the person is working instead of being lost with the old row.
 */
export function useFocusAfterRender(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (pending.current === null) return;
    document.getElementById(pending.current)?.focus();
    pending.current = null;
  });
  return useCallback((id: string) => {
    pending.current = id;
  }, []);
}
