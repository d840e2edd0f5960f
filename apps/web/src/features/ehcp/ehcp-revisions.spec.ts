import type { EhcpRecordRevision } from '@sendreg/contracts';
import { revisionChanges, revisionSummary, revisionTitle, savedAtText } from './ehcp-revisions';

const FIRST: EhcpRecordRevision['record'] = {
  localAuthority: 'Kent',
  requestedBy: 'school',
  notes: '',
  version: 1,
  requestedOn: '2026-01-05',
  assessDecision: null,
  assessDecisionOn: null,
  adviceReceivedOn: null,
  issueDecision: null,
  draftIssuedOn: null,
  parentCommentsOn: null,
  finalIssuedOn: null,
  lastAnnualReviewOn: null,
  nextAnnualReviewMeetingOn: null,
  reviewPapersSentOn: null,
  reviewReportSentOn: null,
  amendDecisionOn: null,
  phaseTransfer: null,
  transferYear: null,
  amendedPlanIssuedOn: null,
};

describe('revision history', () => {
  it('says the first save created the record', () => {
    expect(revisionSummary(FIRST, undefined)).toBe('Record created.');
  });

  it('names the fields a save changed, in the order of the form, ignoring the version', () => {
    const second = {
      ...FIRST,
      version: 2,
      assessDecision: 'assess' as const,
      assessDecisionOn: '2026-02-10',
      notes: 'Decision letter on file',
    };
    expect(revisionChanges(second, FIRST)).toEqual([
      'decision whether to assess',
      'date of the decision whether to assess',
      'notes',
    ]);
    expect(revisionSummary(second, FIRST)).toBe(
      'Changed: decision whether to assess, date of the decision whether to assess and notes.',
    );
    expect(revisionChanges({ ...FIRST, version: 3 }, FIRST)).toEqual([]);
    expect(revisionSummary({ ...FIRST, version: 3 }, FIRST)).toBe('Saved with no change.');
  });

  it('gives the time of a save in England, summer or winter', () => {
    expect(savedAtText('2026-05-05T09:32:00.000Z')).toBe('5 May 2026 at 10:32');
    expect(savedAtText('2026-01-05T09:32:00.000Z')).toBe('5 January 2026 at 09:32');
    expect(savedAtText('2026-10-31T23:30:00.000Z')).toBe('31 October 2026 at 23:30');
    expect(savedAtText('2026-06-30T23:30:00.000Z')).toBe('1 July 2026 at 00:30');
  });

  it('titles each save with its number, who and when', () => {
    expect(
      revisionTitle({
        number: 3,
        savedBy: { id: 'u1', displayName: 'Sam Patel' },
        savedAt: '2026-05-05T09:32:00.000Z',
        record: FIRST,
      }),
    ).toBe('Version 3, saved by Sam Patel on 5 May 2026 at 10:32');
    expect(
      revisionTitle({ number: 1, savedBy: null, savedAt: '2026-01-05T09:32:00.000Z', record: FIRST }),
    ).toBe('Version 1, saved on 5 January 2026 at 09:32');
  });
});
