import { useEffect } from 'react';
import { SERVICE_NAME } from '../../config/service';

/** Sets document.title to "<Page> – SEND Register", the first thing a screen reader says on a page. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – ${SERVICE_NAME}`;
  }, [title]);
}
