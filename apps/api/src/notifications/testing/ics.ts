/** A VEVENT's properties by name (the value after the colon, unescaped), and its DTSTART date. */
export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  date: string;
}

/**
 * Reads the VEVENTs of an iCalendar text: enough of RFC 5545 to check what a feed says (unfolded
 * lines, escaped text), so the tests read the feed as a calendar app would, not as the code wrote it.
 */
export function parseEvents(ics: string): ParsedEvent[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split(/\r\n/);
  const events: ParsedEvent[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      const start = current.DTSTART ?? '';
      events.push({
        uid: current.UID ?? '',
        summary: current.SUMMARY ?? '',
        description: current.DESCRIPTION ?? '',
        date: `${start.slice(0, 4)}-${start.slice(4, 6)}-${start.slice(6, 8)}`,
      });
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).split(';')[0]!;
      current[name] = line
        .slice(colon + 1)
        .replace(/\\n/gi, '\n')
        .replace(/\\([,;\\])/g, '$1');
    }
  }
  return events;
}
