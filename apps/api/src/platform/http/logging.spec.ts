import { loggedPath } from './logging';

describe('loggedPath', () => {
  it('drops the query string', () => {
    expect(loggedPath('/api/schools/x/pupils?q=Smith')).toBe('/api/schools/x/pupils');
  });

  it('redacts the secret of a calendar feed address', () => {
    expect(loggedPath('/api/calendar/abcDEF123_-secret.ics')).toBe('/api/calendar/[redacted]');
    expect(loggedPath('/api/calendar/abcDEF123_-secret.ics?x=1')).toBe('/api/calendar/[redacted]');
  });

  it('leaves other paths alone', () => {
    expect(loggedPath('/api/schools/x/calendar-feed')).toBe('/api/schools/x/calendar-feed');
  });
});
