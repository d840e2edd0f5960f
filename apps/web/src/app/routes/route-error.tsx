import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { Button } from '../../components/ui/button';
import { PageHeading } from '../../components/ui/page-heading';
import { NotFoundPage } from './not-found';

/** Shown in place of a page that failed to render: says sorry and offers a way back. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <>
      <PageHeading title="Sorry, there is a problem with the service" />
      <p>Something went wrong while showing this page. Nothing you entered has been lost on the server.</p>
      <p>Try again, or go back to your home page.</p>
      <div className="button-group">
        <Button
          onClick={() => {
            window.location.reload();
          }}
        >
          Try again
        </Button>
        <Link className="button-group__link" to="/">
          Go to your home page
        </Link>
      </div>
    </>
  );
}

/** The last resort, when even the page layout failed: a page of its own with a landmark and an h1. */
export function RootErrorPage() {
  return (
    <div className="width-container">
      <main id="main-content" className="main" tabIndex={-1}>
        <RouteErrorPage />
      </main>
    </div>
  );
}
