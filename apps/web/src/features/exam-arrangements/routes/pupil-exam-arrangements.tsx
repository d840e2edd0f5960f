import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder: being built. */
export function PupilExamArrangementsPage() {
  return <PageHeading title="Exam access arrangements" />;
}
