import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useRouteFocus } from './route-focus';
import { useDocumentTitle } from './use-document-title';

export interface PageHeadingProps {
  /** The h1, and the start of the document title. */
  title: string;
  /** A caption above the h1, such as the school's name. */
  caption?: ReactNode;
  /** The document title when it must differ from the h1, for example "Error: Sign in". */
  documentTitle?: string;
  /**
   * Whether the h1 takes focus after an in-app navigation (default true). A page that arrives with a
   * confirmation banner sets false, and the banner takes focus instead.
   */
  takeFocus?: boolean;
}

/**
 * The page's one h1. After each navigation inside the app focus moves here, so keyboard and screen
 * reader users start at the top of the new page, as they would after a full page load. The first page
 * of a visit keeps the browser's own focus (see route-focus.ts), so the skip link stays the first
 * thing to tab to.
 */
export function PageHeading({ title, caption, documentTitle, takeFocus = true }: PageHeadingProps) {
  useDocumentTitle(documentTitle ?? title);
  const heading = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  const routeFocus = useRouteFocus();

  useEffect(() => {
    if (takeFocus && routeFocus.hasInteracted()) heading.current?.focus();
  }, [pathname, routeFocus, takeFocus]);

  return (
    <div className="page-heading">
      {caption ? <span className="caption">{caption}</span> : null}
      <h1 className="heading-l" ref={heading} tabIndex={-1}>
        {title}
      </h1>
    </div>
  );
}
