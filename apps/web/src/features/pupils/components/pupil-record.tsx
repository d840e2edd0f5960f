import { yearGroupLabel, type Gender, type Pupil } from '@sendreg/contracts';
import { SummaryList, type SummaryListRow } from '../../../components/ui/summary-list';
import { formatDate } from '../../../utils/format-date';
import { yesNo } from '../../../utils/yes-no';
import { legalName } from '../../../utils/pupil-name';

const GENDER_LABELS: Record<Gender, string> = { F: 'Female', M: 'Male', U: 'Not known' };

/** The pupil's core record, as every role that may see the pupil may see it. */
export function PupilRecord({ pupil }: { pupil: Pupil }) {
  const rows: SummaryListRow[] = [
    { key: 'Legal name', value: legalName(pupil) },
    { key: 'Preferred forename', value: pupil.preferredForename || 'None recorded' },
    { key: 'UPN', value: <span className="code">{pupil.upn}</span> },
    { key: 'Date of birth', value: formatDate(pupil.dateOfBirth) },
    { key: 'Gender', value: GENDER_LABELS[pupil.gender] },
    { key: 'Year group', value: yearGroupLabel(pupil.yearGroup) },
    { key: 'Class', value: pupil.className ?? 'No class' },
    { key: 'Pupil premium', value: yesNo(pupil.pupilPremium) },
    { key: 'English as an additional language', value: yesNo(pupil.eal) },
    { key: 'Looked after', value: yesNo(pupil.lookedAfter) },
    { key: 'Admission date', value: pupil.admissionDate ? formatDate(pupil.admissionDate) : 'Not recorded' },
  ];
  if (pupil.leavingDate) rows.push({ key: 'Leaving date', value: formatDate(pupil.leavingDate) });
  return <SummaryList rows={rows} />;
}
