/** A piece of a notification's text: words, or an address to follow. */
export type BodyPart = { kind: 'text'; text: string } | { kind: 'link'; href: string };

const ADDRESS = /https?:\/\/[^\s<>"]+/g;

/**
 * A notification's plain text (written for email, so its links are whole addresses) split into words
 * and addresses, so the app can show each address as a link. Trailing full stops and closing
 * brackets stay with the words.
 */
export function bodyParts(body: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let last = 0;
  for (const match of body.matchAll(ADDRESS)) {
    let href = match[0];
    const trailing = /[.,;:)\]]+$/.exec(href)?.[0] ?? '';
    href = href.slice(0, href.length - trailing.length);
    const start = match.index;
    if (start > last) parts.push({ kind: 'text', text: body.slice(last, start) });
    parts.push({ kind: 'link', href });
    last = start + href.length;
  }
  if (last < body.length) parts.push({ kind: 'text', text: body.slice(last) });
  return parts;
}

/**
 * The path in this app an address points to, when it is one of ours (its path starts /schools/);
 * null for anything else, which is then shown as a plain external link.
 */
export function inAppPath(href: string): string | null {
  try {
    const url = new URL(href);
    return url.pathname.startsWith('/schools/') ? url.pathname : null;
  } catch {
    return null;
  }
}
