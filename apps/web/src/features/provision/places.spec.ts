import type { ProvisionPlace } from '@sendreg/contracts';
import { defaultJoinDate, orderPlaces, pupilLine, showsCosts } from './places';

function place(
  name: string,
  leftOn: string | null = null,
  plannedPence: number | null = null,
): ProvisionPlace {
  return {
    pupil: { id: name, name, yearGroup: '3', className: '3B' },
    joinedOn: '2026-11-03',
    leftOn,
    entryScore: null,
    entryDate: null,
    targetScore: null,
    exitScore: null,
    exitDate: null,
    progress: null,
    attended: 0,
    listed: 0,
    plannedPence,
    deliveredPence: null,
    version: 1,
  };
}

describe('the places of a group', () => {
  it('lists current pupils by name, then those who left, latest first', () => {
    const ordered = orderPlaces([
      place('Zara', '2027-01-10'),
      place('Noah'),
      place('Ava', '2027-02-01'),
      place('Ben'),
    ]);
    expect(ordered.map((p) => p.pupil.name)).toEqual(['Ben', 'Noah', 'Ava', 'Zara']);
  });

  it('describes a pupil by year and class', () => {
    expect(pupilLine({ yearGroup: '3', className: '3B' })).toBe('Year 3, class 3B');
    expect(pupilLine({ yearGroup: 'R', className: null })).toBe('Reception');
    expect(pupilLine({ yearGroup: null, className: null })).toBe('');
  });

  it('joins today, within the group’s dates', () => {
    expect(defaultJoinDate('2026-12-01', '2026-11-03', '2027-02-12')).toBe('2026-12-01');
    expect(defaultJoinDate('2026-10-01', '2026-11-03', '2027-02-12')).toBe('2026-11-03');
    expect(defaultJoinDate('2027-03-01', '2026-11-03', '2027-02-12')).toBe('2027-02-12');
  });

  it('shows costs only when the server sent them', () => {
    expect(showsCosts([place('A')])).toBe(false);
    expect(showsCosts([place('A'), place('B', null, 6200)])).toBe(true);
  });
});
