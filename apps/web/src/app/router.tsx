import { lazy } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RequireSchoolAccess, RequireTrustAccess } from './guards/require-access';
import { HomeRedirect, SchoolHomeRedirect, TrustHomeRedirect } from './guards/home-redirect';
import { RequireSession } from './guards/require-session';
import { SchoolRoute } from './guards/school-route';
import { TrustRoute } from './guards/trust-route';
import { RootLayout } from './layout/root-layout';
import {
  CENSUS,
  COSTS,
  CONCERN_RECORD,
  CONCERNS,
  CHRONOLOGY_RECORD,
  DASHBOARD,
  DOCUMENT_RECORD,
  EHCP_RECORD,
  EHCP_WRITE,
  EXAM_ARRANGEMENTS,
  EXAM_RECORD,
  FAMILY_RECORD,
  IMPORTS,
  MY_CONCERNS,
  MY_PASSPORTS,
  MY_PUPILS,
  PASSPORT_RECORD,
  PASSPORT_WRITE,
  PASSPORTS,
  PLAN_RECORD,
  PLAN_STRATEGIES,
  PLAN_WRITE,
  PROFESSIONALS,
  INTERVENTION_LIST,
  INTERVENTION_WRITE,
  PROVISION,
  PROVISION_RECORD,
  PROVISION_REPORTS,
  PROVISION_WRITE,
  PUPIL_RECORD,
  PUPIL_WRITE,
  RAISE_CONCERN,
  REFERRAL_RECORD,
  REFERRAL_WRITE,
  REFERRALS,
  REGISTER,
  REVIEWS,
  SEND_CHANGE,
  SESSION_RECORDS,
  SESSION_WRITE,
  SESSIONS,
  STAFF,
  STAFF_RATES,
  STAFF_WRITE,
  TERM_DATES,
  TRUST_SUMMARY,
} from './navigation';
import { NotFoundPage } from './routes/not-found';
import { RootErrorPage, RouteErrorPage } from './routes/route-error';

// Each page is its own chunk, so the sign-in page loads only the shell and itself.
const SignInPage = lazy(() =>
  import('../features/auth/routes/sign-in').then((m) => ({ default: m.SignInPage })),
);
const RegisterPage = lazy(() => import('./routes/register').then((m) => ({ default: m.RegisterPage })));
const MyPupilsPage = lazy(() => import('./routes/my-pupils').then((m) => ({ default: m.MyPupilsPage })));
const PupilRoute = lazy(() => import('./routes/pupil-route').then((m) => ({ default: m.PupilRoute })));
const PupilPage = lazy(() => import('./routes/pupil').then((m) => ({ default: m.PupilPage })));
const ChangeSenStatusPage = lazy(() =>
  import('../features/register/routes/change-sen-status').then((m) => ({ default: m.ChangeSenStatusPage })),
);
const SetNeedsPage = lazy(() =>
  import('../features/register/routes/set-needs').then((m) => ({ default: m.SetNeedsPage })),
);
const RaiseConcernPage = lazy(() =>
  import('../features/concerns/routes/raise-concern').then((m) => ({ default: m.RaiseConcernPage })),
);
const MyConcernsPage = lazy(() =>
  import('../features/concerns/routes/my-concerns').then((m) => ({ default: m.MyConcernsPage })),
);
const ConcernsPage = lazy(() =>
  import('../features/concerns/routes/concerns').then((m) => ({ default: m.ConcernsPage })),
);
const ConcernPage = lazy(() =>
  import('../features/concerns/routes/concern').then((m) => ({ default: m.ConcernPage })),
);
const CensusPage = lazy(() =>
  import('../features/census/routes/census').then((m) => ({ default: m.CensusPage })),
);
const MySessionsPage = lazy(() =>
  import('./routes/my-sessions').then((m) => ({ default: m.MySessionsPage })),
);
const DashboardPage = lazy(() =>
  import('../features/dashboard/routes/dashboard').then((m) => ({ default: m.DashboardPage })),
);
const StaffPage = lazy(() =>
  import('../features/staff/routes/staff').then((m) => ({ default: m.StaffPage })),
);
const AddPupilPage = lazy(() =>
  import('../features/pupils/routes/add-pupil').then((m) => ({ default: m.AddPupilPage })),
);
const EditPupilPage = lazy(() =>
  import('../features/pupils/routes/edit-pupil').then((m) => ({ default: m.EditPupilPage })),
);
const RecordLeavingPage = lazy(() =>
  import('../features/pupils/routes/record-leaving').then((m) => ({ default: m.RecordLeavingPage })),
);
const ClassStaffPage = lazy(() =>
  import('../features/staff/routes/class-staff').then((m) => ({ default: m.ClassStaffPage })),
);
const ImportsPage = lazy(() =>
  import('../features/imports/routes/imports').then((m) => ({ default: m.ImportsPage })),
);
const TrustSummaryPage = lazy(() =>
  import('../features/trusts/routes/trust-summary').then((m) => ({ default: m.TrustSummaryPage })),
);

const ProvisionGroupsPage = lazy(() =>
  import('../features/provision/routes/provision-groups').then((m) => ({ default: m.ProvisionGroupsPage })),
);
const NewProvisionPage = lazy(() =>
  import('../features/provision/routes/new-provision').then((m) => ({ default: m.NewProvisionPage })),
);
const ProvisionGroupPage = lazy(() =>
  import('../features/provision/routes/provision-group').then((m) => ({ default: m.ProvisionGroupPage })),
);
const EditProvisionPage = lazy(() =>
  import('../features/provision/routes/edit-provision').then((m) => ({ default: m.EditProvisionPage })),
);
const InterventionsPage = lazy(() =>
  import('../features/provision/routes/interventions').then((m) => ({ default: m.InterventionsPage })),
);
const NewInterventionPage = lazy(() =>
  import('../features/provision/routes/new-intervention').then((m) => ({ default: m.NewInterventionPage })),
);
const EditInterventionPage = lazy(() =>
  import('../features/provision/routes/edit-intervention').then((m) => ({ default: m.EditInterventionPage })),
);
const StaffRatesPage = lazy(() =>
  import('../features/provision/routes/staff-rates').then((m) => ({ default: m.StaffRatesPage })),
);
const TermDatesPage = lazy(() =>
  import('../features/staff/routes/term-dates').then((m) => ({ default: m.TermDatesPage })),
);
const LogSessionPage = lazy(() =>
  import('../features/sessions/routes/log-session').then((m) => ({ default: m.LogSessionPage })),
);
const GroupSessionsPage = lazy(() =>
  import('../features/sessions/routes/group-sessions').then((m) => ({ default: m.GroupSessionsPage })),
);
const CorrectSessionPage = lazy(() =>
  import('../features/sessions/routes/correct-session').then((m) => ({ default: m.CorrectSessionPage })),
);
const ProvisionMapPage = lazy(() =>
  import('../features/provision/routes/provision-map').then((m) => ({ default: m.ProvisionMapPage })),
);
const ProvisionCostsPage = lazy(() =>
  import('../features/provision/routes/provision-costs').then((m) => ({
    default: m.ProvisionCostsPage,
  })),
);
const ProvisionImpactPage = lazy(() =>
  import('../features/provision/routes/provision-impact').then((m) => ({
    default: m.ProvisionImpactPage,
  })),
);
const StaffTimetablePage = lazy(() =>
  import('../features/provision/routes/staff-timetable').then((m) => ({
    default: m.StaffTimetablePage,
  })),
);

const PassportPage = lazy(() =>
  import('../features/passports/routes/passport').then((m) => ({ default: m.PassportPage })),
);
const EditPassportPage = lazy(() =>
  import('../features/passports/routes/edit-passport').then((m) => ({ default: m.EditPassportPage })),
);
const MyPassportsPage = lazy(() =>
  import('../features/passports/routes/my-passports').then((m) => ({ default: m.MyPassportsPage })),
);
const PassportCoveragePage = lazy(() =>
  import('../features/passports/routes/passport-coverage').then((m) => ({ default: m.PassportCoveragePage })),
);
const ClassPackPage = lazy(() =>
  import('../features/passports/routes/class-pack').then((m) => ({ default: m.ClassPackPage })),
);

const PlanPage = lazy(() => import('../features/plans/routes/plan').then((m) => ({ default: m.PlanPage })));
const EditPlanPage = lazy(() =>
  import('../features/plans/routes/edit-plan').then((m) => ({ default: m.EditPlanPage })),
);
const RecordReviewPage = lazy(() =>
  import('../features/plans/routes/record-review').then((m) => ({ default: m.RecordReviewPage })),
);
const PlanHistoryPage = lazy(() =>
  import('../features/plans/routes/plan-history').then((m) => ({ default: m.PlanHistoryPage })),
);
const PlanPrintPage = lazy(() =>
  import('../features/plans/routes/plan-print').then((m) => ({ default: m.PlanPrintPage })),
);
const EhcpPage = lazy(() => import('../features/ehcp/routes/ehcp').then((m) => ({ default: m.EhcpPage })));
const EditEhcpPage = lazy(() =>
  import('../features/ehcp/routes/edit-ehcp').then((m) => ({ default: m.EditEhcpPage })),
);
const ReviewDashboardPage = lazy(() =>
  import('../features/reviews/routes/review-dashboard').then((m) => ({ default: m.ReviewDashboardPage })),
);
const GovernorsReportPage = lazy(() =>
  import('../features/dashboard/routes/governors-report').then((m) => ({ default: m.GovernorsReportPage })),
);
const NotificationsPage = lazy(() =>
  import('../features/notifications/routes/notifications').then((m) => ({ default: m.NotificationsPage })),
);

const FamilyContactsPage = lazy(() =>
  import('../features/families/routes/family-contacts').then((m) => ({ default: m.FamilyContactsPage })),
);
const ProfessionalsPage = lazy(() =>
  import('../features/families/routes/professionals').then((m) => ({ default: m.ProfessionalsPage })),
);
const ReferralsPage = lazy(() =>
  import('../features/referrals/routes/referrals').then((m) => ({ default: m.ReferralsPage })),
);
const NewReferralPage = lazy(() =>
  import('../features/referrals/routes/new-referral').then((m) => ({ default: m.NewReferralPage })),
);
const ReferralPage = lazy(() =>
  import('../features/referrals/routes/referral').then((m) => ({ default: m.ReferralPage })),
);
const PupilDocumentsPage = lazy(() =>
  import('../features/referrals/routes/pupil-documents').then((m) => ({ default: m.PupilDocumentsPage })),
);
const ChronologyPage = lazy(() =>
  import('../features/chronology/routes/chronology').then((m) => ({ default: m.ChronologyPage })),
);
const PupilExamArrangementsPage = lazy(() =>
  import('../features/exam-arrangements/routes/pupil-exam-arrangements').then((m) => ({
    default: m.PupilExamArrangementsPage,
  })),
);
const ExamArrangementsPage = lazy(() =>
  import('../features/exam-arrangements/routes/exam-arrangements').then((m) => ({
    default: m.ExamArrangementsPage,
  })),
);

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RootErrorPage />,
    children: [
      {
        // Errors inside a page show in the main area, keeping the header and navigation as a way out.
        errorElement: <RouteErrorPage />,
        children: [
          { path: 'sign-in', element: <SignInPage /> },
          {
            element: <RequireSession />,
            children: [
              { index: true, element: <HomeRedirect /> },
              {
                path: 'schools/:schoolId',
                element: <SchoolRoute />,
                children: [
                  { index: true, element: <SchoolHomeRedirect /> },
                  {
                    path: REGISTER.path,
                    element: (
                      <RequireSchoolAccess requirement={REGISTER}>
                        <RegisterPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: MY_PUPILS.path,
                    element: (
                      <RequireSchoolAccess requirement={MY_PUPILS}>
                        <MyPupilsPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: 'pupils/new',
                    element: (
                      <RequireSchoolAccess requirement={PUPIL_WRITE}>
                        <AddPupilPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: 'pupils/:pupilId',
                    element: (
                      <RequireSchoolAccess requirement={PUPIL_RECORD}>
                        <PupilRoute />
                      </RequireSchoolAccess>
                    ),
                    children: [
                      { index: true, element: <PupilPage /> },
                      {
                        path: 'sen-status',
                        element: (
                          <RequireSchoolAccess requirement={SEND_CHANGE}>
                            <ChangeSenStatusPage />
                          </RequireSchoolAccess>
                        ),
                      },
                      {
                        path: 'needs',
                        element: (
                          <RequireSchoolAccess requirement={SEND_CHANGE}>
                            <SetNeedsPage />
                          </RequireSchoolAccess>
                        ),
                      },
                      {
                        path: 'edit',
                        element: (
                          <RequireSchoolAccess requirement={PUPIL_WRITE}>
                            <EditPupilPage />
                          </RequireSchoolAccess>
                        ),
                      },
                      {
                        path: 'leaving',
                        element: (
                          <RequireSchoolAccess requirement={PUPIL_WRITE}>
                            <RecordLeavingPage />
                          </RequireSchoolAccess>
                        ),
                      },
                      {
                        path: 'passport',
                        element: (
                          <RequireSchoolAccess requirement={PASSPORT_RECORD}>
                            <PassportPage />
                          </RequireSchoolAccess>
                        ),
                      },
                      {
                        path: 'passport/edit',
                        element: (
                          <RequireSchoolAccess requirement={PASSPORT_WRITE}>
                            <EditPassportPage />
                          </RequireSchoolAccess>
                        ),
                      },
                      {
                        path: 'plan',
                        element: (
                          <RequireSchoolAccess requirement={PLAN_STRATEGIES}>
                            <PlanPage />
                          </RequireSchoolAccess>
                        ),
                      },
                      {
                        path: 'plan/new',
                        element: (
                          <RequireSchoolAccess requirement={PLAN_WRITE}>
                            <EditPlanPage />
                          </RequireSchoolAccess>
                        ),
                      },
                      {
                        path: 'plan/history',
                        element: (
                          <RequireSchoolAccess requirement={PLAN_RECORD}>
                            <PlanHistoryPage />
                          </RequireSchoolAccess>
                        ),
                      },
                      {
                        path: 'plan/print',
                        element: (
                          <RequireSchoolAccess requirement={PLAN_RECORD}>
                            <PlanPrintPage />
                          </RequireSchoolAccess>
                        ),
                      },
                      {
                        path: 'plan/:planId/edit',
                        element: (
                          <RequireSchoolAccess requirement={PLAN_WRITE}>
                            <EditPlanPage />
                          </RequireSchoolAccess>
                        ),
                      },
                      {
                        path: 'plan/:planId/review',
                        element: (
                          <RequireSchoolAccess requirement={PLAN_WRITE}>
                            <RecordReviewPage />
                          </RequireSchoolAccess>
                        ),
                      },
                      {
                        path: 'ehcp',
                        element: (
                          <RequireSchoolAccess requirement={EHCP_RECORD}>
                            <EhcpPage />
                          </RequireSchoolAccess>
                        ),
                      },
                      {
                        path: 'ehcp/edit',
                        element: (
                          <RequireSchoolAccess requirement={EHCP_WRITE}>
                            <EditEhcpPage />
                          </RequireSchoolAccess>
                        ),
                      },
                      {
                        path: 'family',
                        element: (
                          <RequireSchoolAccess requirement={FAMILY_RECORD}>
                            <FamilyContactsPage />
                          </RequireSchoolAccess>
                        ),
                      },
                      {
                        path: 'referrals/new',
                        element: (
                          <RequireSchoolAccess requirement={REFERRAL_WRITE}>
                            <NewReferralPage />
                          </RequireSchoolAccess>
                        ),
                      },
                      {
                        path: 'referrals/:referralId',
                        element: (
                          <RequireSchoolAccess requirement={REFERRAL_RECORD}>
                            <ReferralPage />
                          </RequireSchoolAccess>
                        ),
                      },
                      {
                        path: 'documents',
                        element: (
                          <RequireSchoolAccess requirement={DOCUMENT_RECORD}>
                            <PupilDocumentsPage />
                          </RequireSchoolAccess>
                        ),
                      },
                      {
                        path: 'chronology',
                        element: (
                          <RequireSchoolAccess requirement={CHRONOLOGY_RECORD}>
                            <ChronologyPage />
                          </RequireSchoolAccess>
                        ),
                      },
                      {
                        path: 'exam-arrangements',
                        element: (
                          <RequireSchoolAccess requirement={EXAM_RECORD}>
                            <PupilExamArrangementsPage />
                          </RequireSchoolAccess>
                        ),
                      },
                      {
                        path: 'concerns/new',
                        element: (
                          <RequireSchoolAccess requirement={RAISE_CONCERN}>
                            <RaiseConcernPage />
                          </RequireSchoolAccess>
                        ),
                      },
                      { path: '*', element: <NotFoundPage /> },
                    ],
                  },
                  {
                    path: PROVISION.path,
                    element: (
                      <RequireSchoolAccess requirement={PROVISION}>
                        <ProvisionGroupsPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: 'provision/new',
                    element: (
                      <RequireSchoolAccess requirement={PROVISION_WRITE}>
                        <NewProvisionPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: 'provision/map',
                    element: (
                      <RequireSchoolAccess requirement={PROVISION_REPORTS}>
                        <ProvisionMapPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: 'provision/costs',
                    element: (
                      <RequireSchoolAccess requirement={COSTS}>
                        <ProvisionCostsPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: 'provision/impact',
                    element: (
                      <RequireSchoolAccess requirement={PROVISION_REPORTS}>
                        <ProvisionImpactPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: 'provision/staff/:userId',
                    element: (
                      <RequireSchoolAccess requirement={PROVISION_RECORD}>
                        <StaffTimetablePage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: 'provision/groups/:provisionId',
                    element: (
                      <RequireSchoolAccess requirement={PROVISION_RECORD}>
                        <ProvisionGroupPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: 'provision/groups/:provisionId/edit',
                    element: (
                      <RequireSchoolAccess requirement={PROVISION_WRITE}>
                        <EditProvisionPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: 'provision/groups/:provisionId/sessions',
                    element: (
                      <RequireSchoolAccess requirement={SESSION_RECORDS}>
                        <GroupSessionsPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: 'provision/groups/:provisionId/sessions/:sessionId',
                    element: (
                      <RequireSchoolAccess requirement={SESSION_WRITE}>
                        <CorrectSessionPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: 'interventions',
                    element: (
                      <RequireSchoolAccess requirement={INTERVENTION_LIST}>
                        <InterventionsPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: 'interventions/new',
                    element: (
                      <RequireSchoolAccess requirement={INTERVENTION_WRITE}>
                        <NewInterventionPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: 'interventions/:interventionId/edit',
                    element: (
                      <RequireSchoolAccess requirement={INTERVENTION_WRITE}>
                        <EditInterventionPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: 'term-dates',
                    element: (
                      <RequireSchoolAccess requirement={TERM_DATES}>
                        <TermDatesPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: STAFF_RATES.path,
                    element: (
                      <RequireSchoolAccess requirement={STAFF_RATES}>
                        <StaffRatesPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: `${SESSIONS.path}/:provisionId`,
                    element: (
                      <RequireSchoolAccess requirement={SESSIONS}>
                        <LogSessionPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: MY_PASSPORTS.path,
                    element: (
                      <RequireSchoolAccess requirement={MY_PASSPORTS}>
                        <MyPassportsPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: PASSPORTS.path,
                    element: (
                      <RequireSchoolAccess requirement={PASSPORTS}>
                        <PassportCoveragePage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: 'passports/class-pack',
                    element: (
                      <RequireSchoolAccess requirement={PASSPORT_RECORD}>
                        <ClassPackPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: CONCERNS.path,
                    element: (
                      <RequireSchoolAccess requirement={CONCERNS}>
                        <ConcernsPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: `${CONCERNS.path}/:concernId`,
                    element: (
                      <RequireSchoolAccess requirement={CONCERN_RECORD}>
                        <ConcernPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: MY_CONCERNS.path,
                    element: (
                      <RequireSchoolAccess requirement={MY_CONCERNS}>
                        <MyConcernsPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: CENSUS.path,
                    element: (
                      <RequireSchoolAccess requirement={CENSUS}>
                        <CensusPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: SESSIONS.path,
                    element: (
                      <RequireSchoolAccess requirement={SESSIONS}>
                        <MySessionsPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: REVIEWS.path,
                    element: (
                      <RequireSchoolAccess requirement={REVIEWS}>
                        <ReviewDashboardPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  { path: 'notifications', element: <NotificationsPage /> },
                  {
                    path: `${DASHBOARD.path}/governors-report`,
                    element: (
                      <RequireSchoolAccess requirement={DASHBOARD}>
                        <GovernorsReportPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: 'professionals',
                    element: (
                      <RequireSchoolAccess requirement={PROFESSIONALS}>
                        <ProfessionalsPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: REFERRALS.path,
                    element: (
                      <RequireSchoolAccess requirement={REFERRALS}>
                        <ReferralsPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: EXAM_ARRANGEMENTS.path,
                    element: (
                      <RequireSchoolAccess requirement={EXAM_ARRANGEMENTS}>
                        <ExamArrangementsPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: DASHBOARD.path,
                    element: (
                      <RequireSchoolAccess requirement={DASHBOARD}>
                        <DashboardPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: STAFF.path,
                    element: (
                      <RequireSchoolAccess requirement={STAFF}>
                        <StaffPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: 'classes/:classId/staff',
                    element: (
                      <RequireSchoolAccess requirement={STAFF_WRITE}>
                        <ClassStaffPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  {
                    path: IMPORTS.path,
                    element: (
                      <RequireSchoolAccess requirement={IMPORTS}>
                        <ImportsPage />
                      </RequireSchoolAccess>
                    ),
                  },
                  { path: 'pupils', element: <Navigate to=".." relative="path" replace /> },
                  { path: '*', element: <NotFoundPage /> },
                ],
              },
              {
                path: 'trusts/:trustId',
                element: <TrustRoute />,
                children: [
                  { index: true, element: <TrustHomeRedirect /> },
                  {
                    path: TRUST_SUMMARY.path,
                    element: (
                      <RequireTrustAccess requirement={TRUST_SUMMARY}>
                        <TrustSummaryPage />
                      </RequireTrustAccess>
                    ),
                  },
                  { path: '*', element: <NotFoundPage /> },
                ],
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
