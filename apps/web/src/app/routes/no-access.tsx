import { Link } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';

export function NoAccessPage() {
  return (
    <>
      <PageHeading title="You do not have access to this page" />
      <p>Your role in this school does not include this page.</p>
      <p>If you think you need it, ask your SENCO or your school administrator.</p>
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </>
  );
}
