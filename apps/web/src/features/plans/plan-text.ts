/** Counts and plurals for the plan's fields, in the words of the GOV.UK character count. */

const number = new Intl.NumberFormat('en-GB');

/** "1 character", "2,000 characters". */
export function plural(count: number, one: string, many: string): string {
  return `${number.format(count)} ${count === 1 ? one : many}`;
}

export interface Count {
  message: string;
  over: boolean;
}

/** "You have 120 characters remaining" or "You have 3 characters too many". */
export function characterCount(max: number, value: string): Count {
  const left = max - value.length;
  if (left < 0)
    return { message: `You have ${plural(-left, 'character', 'characters')} too many`, over: true };
  return { message: `You have ${plural(left, 'character', 'characters')} remaining`, over: false };
}

/** The lines of a one-item-per-line textarea, tidied as they will be saved: blank lines dropped. */
export function linesOf(value: string): string[] {
  return value
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** "3 of 12 items", or "You have 2 items too many". */
export function listCount(max: number, value: string): Count {
  const items = linesOf(value).length;
  if (items > max)
    return { message: `You have ${plural(items - max, 'item', 'items')} too many`, over: true };
  return { message: `${number.format(items)} of ${plural(max, 'item', 'items')}`, over: false };
}
