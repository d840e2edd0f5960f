import { useId } from 'react';
import { BackLink } from '../../../components/ui/back-link';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { meets } from '../../../lib/grants';
import { useCurrentPupil } from '../../../lib/pupil-context';
import { useSchool } from '../../../lib/school-context';
import { pupilName } from '../../../utils/pupil-name';
import { usePupilDocuments } from '../api/documents';
import { AttachDocument } from '../components/attach-document';
import { CopyRecommendations } from '../components/copy-recommendations';
import { DocumentTable } from '../components/document-table';
import '../referrals.css';

/**
 * The documents received about a pupil (document.read: the SENCO and head, and teachers for their
 * own pupils): download each, attach another (the SENCO), and copy a report's recommendations into
 * the support plan.
 */
export function PupilDocumentsPage() {
  const school = useSchool();
  const { pupil, path, state } = useCurrentPupil();
  const documents = usePupilDocuments(school.schoolId, pupil.id);
  const recommendationsId = useId();
  const name = pupilName(pupil);
  const canAttach = meets(school.grants, { permission: 'document.write' });
  const canCopy = meets(school.grants, { permission: 'plan.write' });
  const withRecommendations = documents.data?.filter((d) => d.recommendations.length > 0) ?? [];

  return (
    <>
      <BackLink to={path} state={state}>
        Back to {name}
      </BackLink>
      <PageHeading title="Documents" caption={name} />
      <p>
        Reports, plans and letters received about {name}. They are kept securely and open only for staff who
        may see {name}&rsquo;s SEND record: download a copy only when you need it.
      </p>
      {documents.isPending ? (
        <Loading label="Loading the documents" />
      ) : documents.isError ? (
        <QueryError error={documents.error} what="the documents" onRetry={() => void documents.refetch()} />
      ) : documents.data.length === 0 ? (
        <p>No documents have been attached yet.</p>
      ) : (
        <DocumentTable
          schoolId={school.schoolId}
          pupilId={pupil.id}
          documents={documents.data}
          caption={`Documents received about ${name}, newest first`}
        />
      )}
      {withRecommendations.length > 0 ? (
        <section className="referral-section" aria-labelledby={recommendationsId}>
          <h2 className="heading-m" id={recommendationsId}>
            Recommendations
          </h2>
          {canCopy
            ? withRecommendations.map((document) => (
                <CopyRecommendations
                  key={document.id}
                  schoolId={school.schoolId}
                  pupilId={pupil.id}
                  document={document}
                  planPath={`${path}/plan`}
                  name={name}
                />
              ))
            : withRecommendations.map((document) => (
                <section className="referral-recommendations" key={document.id}>
                  <h3 className="heading-s">Recommendations from ‘{document.title}’</h3>
                  <ul className="list list--bullet">
                    {document.recommendations.map((text, index) => (
                      <li key={index}>{text}</li>
                    ))}
                  </ul>
                </section>
              ))}
        </section>
      ) : null}
      {canAttach ? (
        <AttachDocument schoolId={school.schoolId} pupilId={pupil.id} heading="Attach a document" />
      ) : null}
    </>
  );
}
