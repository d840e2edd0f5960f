import { MAX_EMAIL_ATTEMPTS, nextAttemptAt, sendErrorSummary } from './mail-backoff';

describe('email retries', () => {
  const failedAt = new Date('2026-03-02T09:00:00Z');
  const after = (attempts: number) => {
    const next = nextAttemptAt(attempts, failedAt);
    return next && (next.getTime() - failedAt.getTime()) / 60_000;
  };

  it('waits 1 minute, 5, 30, 2 hours, then a day, and gives up after 8 attempts', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(after)).toEqual([1, 5, 30, 120, 1440, 1440, 1440, null]);
    expect(MAX_EMAIL_ATTEMPTS).toBe(8);
    expect(after(9)).toBeNull();
  });

  it('keeps the code, the command and the reply code of an error, never its message', () => {
    const error = Object.assign(new Error('550 ada.archer@school: no such user, message "Ada Archer"'), {
      code: 'EMESSAGE',
      command: 'DATA',
      responseCode: 550,
      response: '550 Ada Archer',
    });
    expect(sendErrorSummary(error)).toBe('EMESSAGE (DATA) 550');
    expect(sendErrorSummary(Object.assign(new Error('x'), { code: 'ECONNECTION' }))).toBe('ECONNECTION');
    expect(sendErrorSummary(new Error('Ada Archer'))).toBe('ERROR');
    expect(sendErrorSummary({ code: 'Ada Archer', command: 'ada archer' })).toBe('ERROR');
    expect(sendErrorSummary('boom')).toBe('ERROR');
  });
});
