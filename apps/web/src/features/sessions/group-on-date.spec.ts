import type { Provision, ProvisionPlace } from '@sendreg/contracts';
import { fromMyGroup, groupFromProvision, meetsOn } from './group-on-date';

function place(id: string, joinedOn: string, leftOn: string | null = null): ProvisionPlace {
  return {
    pupil: { id, name: `Pupil ${id}`, yearGroup: '4', className: '4A' },
    joinedOn,
    leftOn,
    entryScore: null,
    entryDate: null,
    targetScore: null,
    exitScore: null,
    exitDate: null,
    progress: null,
    attended: 0,
    listed: 0,
    plannedPence: null,
    deliveredPence: null,
    version: 1,
  };
}

const provision: Provision = {
  id: 'p1',
  name: 'Phonics group',
  intervention: { id: 'i1', name: 'Phonics catch-up', area: 'cognition_and_learning', delivery: 'group' },
  staff: [],
  weekdays: [1, 4],
  sessionsPerWeek: 2,
  minutes: 30,
  startDate: '2026-09-07',
  endDate: '2026-12-18',
  location: 'Library',
  pupilCount: 3,
  state: 'running',
  version: 1,
  measure: { name: 'Reading age', unit: 'months', higherIsBetter: true },
  places: [place('a', '2026-09-07'), place('b', '2026-10-01', '2026-10-05'), place('c', '2026-10-06')],
  sessions: { planned: 30, held: 10, cancelled: 1 },
  costs: null,
};

describe('a group on a date', () => {
  it('meets on its weekdays between its dates only', () => {
    expect(meetsOn(provision, '2026-10-05')).toBe(true); // a Monday
    expect(meetsOn(provision, '2026-10-06')).toBe(false); // a Tuesday
    expect(meetsOn(provision, '2026-09-03')).toBe(false); // a Thursday before it starts
    expect(meetsOn(provision, '2026-12-21')).toBe(false); // a Monday after it ends
  });

  it('lists the pupils in the group that day, the days they joined and left included', () => {
    expect(groupFromProvision(provision, '2026-10-05').pupils.map((p) => p.id)).toEqual(['a', 'b']);
    expect(groupFromProvision(provision, '2026-10-06').pupils.map((p) => p.id)).toEqual(['a', 'c']);
    expect(groupFromProvision(provision, '2026-09-30').pupils.map((p) => p.id)).toEqual(['a']);
  });

  it('does not claim to know whether a session is logged', () => {
    expect(groupFromProvision(provision, '2026-10-05')).toMatchObject({ due: true, session: undefined });
  });

  it('takes a group of my own as the server answers it', () => {
    const group = fromMyGroup(
      { provision, due: false, session: { id: 's1', status: 'held' }, pupils: [{ id: 'a', name: 'A' }] },
      '2026-10-06',
    );
    expect(group).toMatchObject({ date: '2026-10-06', due: false, session: { id: 's1' } });
    expect(group.pupils).toEqual([{ id: 'a', name: 'A' }]);
  });
});
