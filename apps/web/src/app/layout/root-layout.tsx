import { Suspense, useEffect, useState } from 'react';
import { Outlet } from 'react-router';
import { Loading } from '../../components/ui/loading';
import { InteractionTracker, RouteFocusContext } from '../../components/ui/route-focus';
import { SkipLink } from '../../components/ui/skip-link';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

export const MAIN_CONTENT_ID = 'main-content';

/** The frame of every page: skip link first, then header (with navigation), main and footer. */
export function RootLayout() {
  const [tracker] = useState(() => new InteractionTracker());
  useEffect(() => tracker.listen(document), [tracker]);

  return (
    <RouteFocusContext.Provider value={tracker}>
      <div className="page">
        <SkipLink targetId={MAIN_CONTENT_ID} />
        <SiteHeader />
        <div className="width-container page__body">
          {/* tabIndex -1: the skip link moves focus here; it is not in the tab order. */}
          <main id={MAIN_CONTENT_ID} className="main" tabIndex={-1}>
            <Suspense fallback={<Loading label="Loading page" />}>
              <Outlet />
            </Suspense>
          </main>
        </div>
        <SiteFooter />
      </div>
    </RouteFocusContext.Provider>
  );
}
