import { Link } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';

export function NotFoundPage() {
  return (
    <>
      <PageHeading title="Page not found" />
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </>
  );
}
