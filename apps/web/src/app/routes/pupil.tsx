import { Link } from 'react-router';
import { BackLink } from '../../components/ui/back-link';
import { NotificationBanner } from '../../components/ui/notification-banner';
import { PageHeading } from '../../components/ui/page-heading';
import { ChronologySummary } from '../../features/chronology/components/chronology-summary';
import { PupilEhcpSummary } from '../../features/ehcp/components/pupil-ehcp-summary';
import { PupilExamSummary } from '../../features/exam-arrangements/components/pupil-exam-summary';
import { FamilySummary } from '../../features/families/components/family-summary';
import { PassportLink } from '../../features/passports/components/passport-link';
import { PupilPlanSummary } from '../../features/plans/components/pupil-plan-summary';
import { PupilProvision } from '../../features/provision/components/pupil-provision';
import { PupilRecord } from '../../features/pupils/components/pupil-record';
import { PupilReferrals } from '../../features/referrals/components/pupil-referrals';
import { SendSummary } from '../../features/register/components/send-summary';
import { SendTimeline } from '../../features/register/components/send-timeline';
import { meets } from '../../lib/grants';
import { useCurrentPupil } from '../../lib/pupil-context';
import { useSchool } from '../../lib/school-context';
import { useArrivalNotice } from '../../lib/use-arrival-notice';
import { pupilName } from '../../utils/pupil-name';
import {
  CHRONOLOGY_RECORD,
  DOCUMENT_RECORD,
  EHCP_RECORD,
  EXAM_RECORD,
  FAMILY_RECORD,
  PASSPORT_RECORD,
  PLAN_STRATEGIES,
  PROVISION_RECORD,
  PUPIL_WRITE,
  REFERRAL_RECORD,
  RAISE_CONCERN,
  SEND_CHANGE,
  SEND_RECORD,
} from '../navigation';

/**
 * A pupil's page. It brings the features about one pupil together (the core record, the SEND record,
 * concerns, the passport, the support plan, the EHCP clock, exam access, family contacts, referrals and
 * documents, the chronology, the provision they receive), so it is composed here: each part shows
 * only when the membership's grants allow it, and the server decides again on every request.
 */
export function PupilPage() {
  const school = useSchool();
  const { pupil, state } = useCurrentPupil();
  const notice = useArrivalNotice();
  const name = pupilName(pupil);
  const canReadSen = meets(school.grants, SEND_RECORD);
  const canChangeSen = meets(school.grants, SEND_CHANGE);
  const canRaise = meets(school.grants, RAISE_CONCERN);
  const canWrite = meets(school.grants, PUPIL_WRITE);
  const canReadProvision = meets(school.grants, PROVISION_RECORD);
  const canReadPassport = meets(school.grants, PASSPORT_RECORD);
  const canReadPlan = meets(school.grants, PLAN_STRATEGIES);
  const canReadEhcp = meets(school.grants, EHCP_RECORD);
  const canReadFamily = meets(school.grants, FAMILY_RECORD);
  const canReadReferrals = meets(school.grants, REFERRAL_RECORD);
  const canReadChronology = meets(school.grants, CHRONOLOGY_RECORD);
  const canReadExam = meets(school.grants, EXAM_RECORD);

  return (
    <>
      <BackLink to={state.from ?? '..'} />
      {notice ? (
        <NotificationBanner tone="success" role="status" focus>
          <p className="notification-banner__heading">{notice}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading title={name} caption={school.schoolName} takeFocus={!notice} />
      {canReadPassport || canRaise ? (
        <p className="button-group">
          {canReadPassport ? <PassportLink schoolId={school.schoolId} pupilId={pupil.id} /> : null}
          {canRaise ? (
            <Link className="button button--secondary" to="concerns/new" state={state}>
              Raise a concern
            </Link>
          ) : null}
        </p>
      ) : null}
      {canReadSen ? (
        <SendSummary
          schoolId={school.schoolId}
          pupilId={pupil.id}
          canChange={canChangeSen}
          linkState={state}
        />
      ) : null}
      {canReadPlan ? <PupilPlanSummary schoolId={school.schoolId} pupilId={pupil.id} /> : null}
      {canReadEhcp ? <PupilEhcpSummary schoolId={school.schoolId} pupilId={pupil.id} /> : null}
      {canReadExam ? <PupilExamSummary schoolId={school.schoolId} pupilId={pupil.id} /> : null}
      {canReadFamily ? <FamilySummary schoolId={school.schoolId} pupilId={pupil.id} /> : null}
      {canReadReferrals ? <PupilReferrals schoolId={school.schoolId} pupilId={pupil.id} /> : null}
      {/* Teachers read their own pupils' reports without seeing referrals: the documents on their own. */}
      {!canReadReferrals && meets(school.grants, DOCUMENT_RECORD) ? (
        <p>
          <Link to="documents" state={state}>
            Reports and documents
          </Link>
        </p>
      ) : null}
      {canReadChronology ? <ChronologySummary schoolId={school.schoolId} pupilId={pupil.id} /> : null}
      <h2 className="heading-m">Core record</h2>
      <PupilRecord pupil={pupil} />
      {canWrite ? (
        <ul className="plain-list">
          <li>
            <Link to="edit" state={state}>
              Edit core record
            </Link>
          </li>
          <li>
            <Link to="leaving" state={state}>
              Record leaving
            </Link>
          </li>
        </ul>
      ) : null}
      {canReadProvision ? <PupilProvision schoolId={school.schoolId} pupilId={pupil.id} /> : null}
      {canReadSen ? <SendTimeline schoolId={school.schoolId} pupilId={pupil.id} /> : null}
    </>
  );
}
