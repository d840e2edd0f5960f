import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder: being built. */
export function ExamArrangementsPage() {
  return <PageHeading title="Exam access arrangements" />;
}
