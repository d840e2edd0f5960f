import { provisionPaths, readReturnTo } from './provision-paths';

describe('provision addresses', () => {
  const paths = provisionPaths('s 1');

  it('builds each page’s path below the school', () => {
    expect(paths.groups).toBe('/schools/s%201/provision');
    expect(paths.group('g/1')).toBe('/schools/s%201/provision/groups/g%2F1');
    expect(paths.editGroup('g')).toBe('/schools/s%201/provision/groups/g/edit');
    expect(paths.sessions('g')).toBe('/schools/s%201/provision/groups/g/sessions');
    expect(paths.staffTimetable('u')).toBe('/schools/s%201/provision/staff/u');
    expect(paths.editIntervention('i')).toBe('/schools/s%201/interventions/i/edit');
  });

  it('goes back to the list it came from, with its search', () => {
    expect(readReturnTo({ from: `${paths.groups}?state=ended`, q: 'Ava' }, [paths.groups], '/x')).toEqual({
      path: `${paths.groups}?state=ended`,
      state: { q: 'Ava' },
    });
  });

  it('goes to the fallback from anywhere else', () => {
    for (const state of [
      undefined,
      null,
      'x',
      { from: 'https://evil.example' },
      { from: '//evil' },
      { from: '/schools/other' },
    ]) {
      expect(readReturnTo(state, [paths.groups], '/fallback')).toEqual({
        path: '/fallback',
        state: undefined,
      });
    }
    expect(readReturnTo({ from: `${paths.groups}-evil` }, [paths.groups], '/f').path).toBe('/f');
  });
});
