import { chronologyProblems, type ChronologyKind, type ChronologyValues } from './chronology';

const entry = (o: Partial<ChronologyValues & { kind: ChronologyKind }> = {}) => ({
  occurredOn: '2026-03-10',
  kind: 'meeting' as ChronologyKind,
  parentMeeting: true,
  withWhom: 'Mum and the class teacher',
  summary: 'Talked about reading at home',
  agreed: '',
  ...o,
});

describe('chronologyProblems', () => {
  it('accepts an entry of today with nothing agreed', () => {
    expect(chronologyProblems(entry({ occurredOn: '2026-03-10' }), '2026-03-10')).toEqual([]);
  });

  it('refuses a date in the future and a parent meeting that is not a meeting', () => {
    expect(chronologyProblems(entry({ occurredOn: '2026-03-11', kind: 'call' }), '2026-03-10')).toEqual([
      { field: 'occurredOn', message: 'The date must be today or in the past' },
      { field: 'parentMeeting', message: 'Only a meeting can be a parent meeting' },
    ]);
  });

  it('needs who it was with and what happened, and keeps texts to the limits', () => {
    expect(
      chronologyProblems(
        entry({ withWhom: '', summary: 'x'.repeat(4001), agreed: 'y'.repeat(4001) }),
        '2026-03-10',
      ),
    ).toEqual([
      { field: 'withWhom', message: 'Enter who it was with' },
      { field: 'summary', message: 'What happened must be 4,000 characters or fewer' },
      { field: 'agreed', message: 'What was agreed must be 4,000 characters or fewer' },
    ]);
  });
});
