import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder: being built. */
export function EditPlanPage() {
  return <PageHeading title="Edit support plan" />;
}
