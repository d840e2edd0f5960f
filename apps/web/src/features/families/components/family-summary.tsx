import { use } from 'react';
import { Link } from 'react-router';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { SummaryCard } from '../../../components/ui/summary-card';
import { SummaryList, type SummaryListRow } from '../../../components/ui/summary-list';
import { Tag } from '../../../components/ui/tag';
import { PupilContext } from '../../../lib/pupil-context';
import { useFamilyContacts } from '../api/get-family-contacts';
import { contactName, mainContact, preferredContactText } from '../family-contact-form';
import '../families.css';

/**
 * The pupil's main family contact on their page (family.read: the SENCO and the head): who, how they
 * prefer to be contacted, and whether an interpreter is needed; the rest on the family contacts page.
 */
export function FamilySummary({ schoolId, pupilId }: { schoolId: string; pupilId: string }) {
  const contacts = useFamilyContacts(schoolId, pupilId);
  // The pupil page is inside the pupil's route; its history state keeps "Back" working from the page.
  const linkState = use(PupilContext)?.state;
  let body;
  if (contacts.isPending) body = <Loading label="Loading the family contacts" />;
  else if (contacts.isError)
    body = (
      <QueryError error={contacts.error} what="the family contacts" onRetry={() => void contacts.refetch()} />
    );
  else {
    const main = mainContact(contacts.data);
    if (!main) body = <p>No family contacts recorded.</p>;
    else {
      const rows: SummaryListRow[] = [
        { key: 'Main contact', value: contactName(main) },
        { key: 'Preferred contact', value: preferredContactText(main) },
        {
          key: 'Language',
          value: main.interpreterNeeded ? (
            <>
              {main.language} <Tag colour="red">Interpreter needed</Tag>
            </>
          ) : (
            main.language
          ),
        },
      ];
      const others = contacts.data.length - 1;
      body = (
        <>
          <SummaryList rows={rows} />
          {others > 0 ? (
            <p className="secondary-text">
              {others === 1 ? 'And 1 other contact.' : `And ${String(others)} other contacts.`}
            </p>
          ) : null}
        </>
      );
    }
  }
  return (
    <SummaryCard
      title="Family"
      actions={[
        <Link key="family" to="family" state={linkState}>
          Family contacts
        </Link>,
      ]}
    >
      {body}
    </SummaryCard>
  );
}
