/**
 * A pupil's initials, "A.B.", from their name as the app shows it (forename, then surname): what a
 * notification or a calendar event may carry instead of the name, which can be seen on a lock screen
 * or by anyone the calendar is shared with. The first letter of the first and of the last word, so a
 * middle or double forename adds nothing and "O'Neil" gives "O".
 */
export function pupilInitials(name: string): string {
  const letters = name
    .trim()
    .split(/\s+/)
    .map((word) => /\p{L}/u.exec(word)?.[0])
    .filter((letter): letter is string => Boolean(letter));
  const picked = letters.length > 1 ? [letters[0]!, letters.at(-1)!] : letters;
  return picked.map((letter) => `${letter.toLocaleUpperCase('en-GB')}.`).join('');
}
