import {
  PASSPORT_LIST_ITEM_MAX_CHARS,
  PASSPORT_SECTIONS,
  type PassportContent,
  type PassportSection,
} from '@sendreg/contracts';
import type { FieldError } from '../platform/http/problem';

// Control characters other than tab and line feed: PostgreSQL refuses NUL in text and jsonb, and none
// of them belongs in a passport.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Text as it is kept: Windows line endings made plain, control characters removed, trimmed. */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
}

/** One line of a list: any run of white space (a pasted line break too) becomes one space. */
function cleanItem(value: string): string {
  return cleanText(value).replace(/\s+/g, ' ');
}

const count = (n: number) => n.toLocaleString('en-GB');

export interface CheckedContent {
  /** The content as it is stored: known sections only, trimmed, empty sections left out. */
  content: PassportContent;
  errors: FieldError[];
}

/**
 * Checks a passport's content against its sections (which are data: PASSPORT_SECTIONS). Unknown
 * sections are refused; a text section is words up to its length; a list section is up to its
 * number of items, each non-empty and short. Errors are named `content.<key>` or
 * `content.<key>.<index>` (from 0), with messages a member of staff can act on.
 */
export function checkPassportContent(
  input: Record<string, unknown>,
  sections: readonly PassportSection[] = PASSPORT_SECTIONS,
): CheckedContent {
  const content: PassportContent = {};
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(input)) {
    const section = sections.find((s) => s.key === key);
    const field = `content.${key}`;
    if (!section) {
      errors.push({ field, message: `The passport has no section called "${key.slice(0, 60)}"` });
      continue;
    }
    if (value === null || value === undefined) continue;
    if (section.kind === 'text') {
      if (typeof value !== 'string') {
        errors.push({ field, message: `${section.label} must be written as text` });
        continue;
      }
      const text = cleanText(value);
      if (text.length > section.max) {
        errors.push({
          field,
          message: `${section.label} must be ${count(section.max)} characters or fewer (it has ${count(text.length)})`,
        });
      } else if (text) {
        content[key] = text;
      }
      continue;
    }
    if (!Array.isArray(value)) {
      errors.push({ field, message: `${section.label} must be a list, one item per line` });
      continue;
    }
    if (value.length > section.max) {
      errors.push({
        field,
        message: `${section.label} can have at most ${section.max} items (it has ${value.length})`,
      });
      continue;
    }
    const items: string[] = [];
    const before = errors.length;
    value.forEach((item: unknown, index) => {
      const at = `${field}.${index}`;
      const which = `Item ${index + 1} of ${section.label}`;
      if (typeof item !== 'string') {
        errors.push({ field: at, message: `${which} must be written as text` });
        return;
      }
      const text = cleanItem(item);
      if (!text) errors.push({ field: at, message: `${which} is empty: write something or remove it` });
      else if (text.length > PASSPORT_LIST_ITEM_MAX_CHARS) {
        errors.push({
          field: at,
          message: `${which} must be ${PASSPORT_LIST_ITEM_MAX_CHARS} characters or fewer (it has ${count(text.length)})`,
        });
      } else items.push(text);
    });
    if (errors.length === before && items.length > 0) content[key] = items;
  }
  return { content, errors };
}
