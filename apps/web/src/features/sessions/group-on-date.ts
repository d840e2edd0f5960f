import { isoWeekday, type MyGroup, type Provision, type ProvisionSummary } from '@sendreg/contracts';

/** A pupil as the session form lists them. */
export interface SessionPupil {
  id: string;
  name: string;
}

/** A group as it stands on one date: whether it meets, who is in it, and whether a session is logged. */
export interface GroupOnDate {
  provision: ProvisionSummary;
  date: string;
  /** The group is scheduled to meet on the date. */
  due: boolean;
  /** The session already logged on the date; null when none is; undefined when not known. */
  session: { id: string; status: 'held' | 'cancelled' } | null | undefined;
  pupils: SessionPupil[];
}

export function fromMyGroup(group: MyGroup, date: string): GroupOnDate {
  return {
    provision: group.provision,
    date,
    due: group.due,
    session: group.session,
    pupils: group.pupils,
  };
}

/** Whether a group is scheduled on a date: within its dates, on one of its weekdays. */
export function meetsOn(
  provision: Pick<ProvisionSummary, 'startDate' | 'endDate' | 'weekdays'>,
  date: string,
) {
  return (
    date >= provision.startDate &&
    date <= provision.endDate &&
    (provision.weekdays as readonly number[]).includes(isoWeekday(date))
  );
}

/**
 * The group on a date from its full record, for someone who may log any group's sessions (the SENCO)
 * but does not deliver this one, so it is not among their own groups. A pupil is in the group from the
 * day they joined to the day they left, both included. Whether a session is logged is not known here.
 */
export function groupFromProvision(provision: Provision, date: string): GroupOnDate {
  const pupils = provision.places
    .filter((place) => place.joinedOn <= date && (place.leftOn === null || place.leftOn >= date))
    .map((place) => ({ id: place.pupil.id, name: place.pupil.name }));
  return { provision, date, due: meetsOn(provision, date), session: undefined, pupils };
}
