import { canMoveReferral, isOpenReferral, REFERRAL_STATUS_MOVES, REFERRAL_STATUSES } from './referrals';

describe('referral status moves', () => {
  it('lets a waiting referral be accepted, declined or closed, and nothing else', () => {
    expect(REFERRAL_STATUSES.filter((to) => canMoveReferral('waiting', to))).toEqual([
      'accepted',
      'closed',
      'declined',
    ]);
  });

  it('goes forward one stage at a time, and may close from any open stage', () => {
    expect(canMoveReferral('accepted', 'assessed')).toBe(true);
    expect(canMoveReferral('accepted', 'report-received')).toBe(false);
    expect(canMoveReferral('assessed', 'report-received')).toBe(true);
    expect(canMoveReferral('assessed', 'accepted')).toBe(false);
    for (const open of REFERRAL_STATUSES.filter(isOpenReferral)) {
      expect(canMoveReferral(open, 'closed')).toBe(true);
    }
  });

  it('never moves a closed or declined referral, nor to the same status', () => {
    expect(REFERRAL_STATUS_MOVES.closed).toEqual([]);
    expect(REFERRAL_STATUS_MOVES.declined).toEqual([]);
    for (const status of REFERRAL_STATUSES) expect(canMoveReferral(status, status)).toBe(false);
  });

  it('counts closed and declined as not open', () => {
    expect(REFERRAL_STATUSES.filter((s) => !isOpenReferral(s))).toEqual(['closed', 'declined']);
  });
});
