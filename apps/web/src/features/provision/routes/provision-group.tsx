import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { isApiError } from '../../../lib/api-error';
import { meets } from '../../../lib/grants';
import { useSchool } from '../../../lib/school-context';
import { useArrivalNotice } from '../../../lib/use-arrival-notice';
import { useProvision } from '../api/get-provision';
import { AddPupil } from '../components/add-pupil';
import { GroupCosts, GroupSessions } from '../components/group-figures';
import { GroupSummary } from '../components/group-summary';
import { LeavingForm, MeasuresForm } from '../components/place-forms';
import { actionButtonId, PlacesTable, type PlaceAction } from '../components/places-table';
import { ProvisionSubNav } from '../components/provision-subnav';
import { provisionPaths, readReturnTo } from '../provision-paths';
import '../provision.css';

/**
 * One group: what it is, its sessions and (for those who may see them) its costs, and its pupils with
 * their measures. The SENCO adds pupils and records leavers; whoever logs its sessions records measures.
 */
export function ProvisionGroupPage() {
  const school = useSchool();
  const paths = provisionPaths(school.schoolId);
  const { provisionId = '' } = useParams();
  const location = useLocation();
  const arrival = useArrivalNotice();
  const [done, setDone] = useState<{ notice: string; count: number } | null>(null);
  const [open, setOpen] = useState<{ pupilId: string; action: PlaceAction } | null>(null);
  // A confirmation stays until the next thing is done on the page.
  const [quiet, setQuiet] = useState(false);
  const provision = useProvision(school.schoolId, provisionId);
  const grants = school.grants;
  const seesAllGroups = meets(grants, { permission: 'provision.read', scope: 'all' });
  const canWrite = meets(grants, { permission: 'provision.write' });
  const canRecordMeasures = meets(grants, { permission: 'session.write' });
  const canReadSessions = meets(grants, { permission: 'session.read' });
  const canReadRates = meets(grants, { permission: 'rate.read' });
  // "Back" returns to the list of groups the person came from; those who cannot see that list (a TA,
  // a teacher) go to their home.
  const returnTo = readReturnTo(location.state, [paths.groups], seesAllGroups ? paths.groups : paths.root);
  const back = (
    <BackLink to={returnTo.path} state={returnTo.state}>
      {seesAllGroups ? 'Back to groups' : 'Back'}
    </BackLink>
  );
  const ownState = { from: returnTo.path, ...returnTo.state };

  if (provision.isPending) {
    return (
      <>
        {back}
        <Loading label="Loading the group" />
      </>
    );
  }
  if (provision.isError) {
    const notFound = isApiError(provision.error, 404);
    return (
      <>
        {back}
        <PageHeading
          title={notFound ? 'Group not found' : 'Sorry, there is a problem with the service'}
          caption={school.schoolName}
        />
        {notFound ? (
          <p>
            We could not find this group. It may belong to another school, or you may not work with it. Check
            the web address
            {seesAllGroups ? (
              <>
                , or <Link to={paths.groups}>go to the groups</Link>
              </>
            ) : null}
            .
          </p>
        ) : (
          <QueryError error={provision.error} what="the group" onRetry={() => void provision.refetch()} />
        )}
      </>
    );
  }

  const group = provision.data;
  const notice = done?.notice ?? (quiet ? undefined : arrival);
  const openPlace = open ? group.places.find((place) => place.pupil.id === open.pupilId) : undefined;
  const finish = (message: string) => {
    setOpen(null);
    setDone((previous) => ({ notice: message, count: (previous?.count ?? 0) + 1 }));
  };
  const cancel = () => {
    const trigger = open ? actionButtonId(open.pupilId, open.action) : undefined;
    setOpen(null);
    if (trigger) document.getElementById(trigger)?.focus();
  };
  const placeForm = openPlace
    ? {
        schoolId: school.schoolId,
        group,
        place: openPlace,
        reload: () => provision.refetch(),
        onDone: finish,
        onCancel: cancel,
      }
    : undefined;
  const actions = [
    canWrite ? (
      <Link key="change" className="button button--secondary" to={paths.editGroup(group.id)} state={ownState}>
        Change the group
      </Link>
    ) : null,
    canRecordMeasures && group.state !== 'planned' ? (
      <Link key="log" className="button button--secondary" to={paths.logSession(group.id)}>
        Log a session
      </Link>
    ) : null,
  ].filter(Boolean);

  return (
    <>
      {back}
      {notice ? (
        <NotificationBanner key={done?.count ?? 0} tone="success" role="status" focus>
          <p className="notification-banner__heading">{notice}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading title={group.name} caption={group.intervention.name} takeFocus={!notice} />
      <ProvisionSubNav />
      {actions.length ? <div className="button-group group-actions">{actions}</div> : null}
      <GroupSummary group={group} staffHref={paths.staffTimetable} />
      <GroupSessions
        sessions={group.sessions}
        logHref={canReadSessions ? paths.sessions(group.id) : undefined}
      />
      {group.costs ? (
        <GroupCosts costs={group.costs} ratesHref={canReadRates ? paths.staffRates : undefined} />
      ) : null}
      <section aria-labelledby="group-pupils">
        <h2 className="heading-m" id="group-pupils">
          Pupils
        </h2>
        {group.places.length ? (
          <PlacesTable
            places={group.places}
            measure={group.measure}
            pupilHref={paths.pupil}
            pupilLinkState={{ from: paths.group(group.id) }}
            canRecordMeasures={canRecordMeasures}
            canRecordLeaving={canWrite}
            open={open}
            onAction={(pupilId, action) => {
              setOpen({ pupilId, action });
              setDone(null);
              setQuiet(true);
            }}
          />
        ) : (
          <EmptyState title="No pupils in this group yet">
            <p>
              {canWrite
                ? 'Add the pupils below. Each needs the date they join; their entry measure can follow.'
                : 'The SENCO adds the pupils who take part.'}
            </p>
          </EmptyState>
        )}
        {placeForm && open?.action === 'measures' ? (
          <MeasuresForm key={`${openPlace?.pupil.id ?? ''}-measures`} {...placeForm} />
        ) : null}
        {placeForm && open?.action === 'leaving' ? (
          <LeavingForm key={`${openPlace?.pupil.id ?? ''}-leaving`} {...placeForm} />
        ) : null}
        {canWrite ? <AddPupil schoolId={school.schoolId} group={group} onAdded={finish} /> : null}
      </section>
    </>
  );
}
