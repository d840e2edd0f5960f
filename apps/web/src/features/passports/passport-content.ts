import {
  PASSPORT_CHANGE_NOTE_MAX_CHARS,
  PASSPORT_LIST_ITEM_MAX_CHARS,
  PASSPORT_PHOTO_MAX_BYTES,
  PASSPORT_SECTIONS,
  type PassportContent,
  type PassportSection,
} from '@sendreg/contracts';
import { formProblem, formProblemFrom, type FormProblem } from '../../lib/form-problem';

/**
 * A passport's content and the draft form: each text section is a textarea, each list section a
 * textarea with one strategy per line. Pure, so the round trip and the checks have specs.
 */

export const CHANGE_NOTE_MAX = PASSPORT_CHANGE_NOTE_MAX_CHARS;
export const CHANGE_NOTE_FIELD = 'change-note';
export const PHOTO_FIELD = 'photo';
export const PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;

/** The id (and name) of a section's textarea. */
export function sectionFieldId(key: string): string {
  return `content-${key}`;
}

/** A section's words, whatever shape the stored value has (a text section that was once a list). */
export function sectionText(content: PassportContent | null | undefined, key: string): string {
  const value = content?.[key];
  if (Array.isArray(value)) return value.join('\n');
  return typeof value === 'string' ? value : '';
}

/** A list section's items, without blanks. */
export function sectionItems(content: PassportContent | null | undefined, key: string): string[] {
  const value = content?.[key];
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split('\n') : [];
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/** What the form shows for each section: list items one per line. */
export function contentToForm(
  content: PassportContent | null | undefined,
  sections: readonly PassportSection[] = PASSPORT_SECTIONS,
): Record<string, string> {
  return Object.fromEntries(
    sections.map((section) => [
      section.key,
      section.kind === 'list'
        ? sectionItems(content, section.key).join('\n')
        : sectionText(content, section.key),
    ]),
  );
}

/**
 * The content the form's answers make, tidied as the server keeps it: text trimmed, each list line one
 * strategy with its spacing tidied, blank lines dropped.
 */
export function contentFromForm(
  values: Record<string, string | undefined>,
  sections: readonly PassportSection[] = PASSPORT_SECTIONS,
): PassportContent {
  const content: PassportContent = {};
  for (const section of sections) {
    const text = values[section.key] ?? '';
    content[section.key] =
      section.kind === 'list'
        ? text
            .split(/\r?\n|\r/)
            .map((line) => line.replace(/\s+/g, ' ').trim())
            .filter((line) => line !== '')
        : text.replace(/\r\n?/g, '\n').trim();
  }
  return content;
}

/** Whether two contents say the same thing, section by section (ignoring blank lines and spacing at the ends). */
export function sameSection(
  a: PassportContent | null | undefined,
  b: PassportContent | null | undefined,
  section: PassportSection,
) {
  if (section.kind === 'list') {
    const left = sectionItems(a, section.key);
    const right = sectionItems(b, section.key);
    return left.length === right.length && left.every((item, index) => item === right[index]);
  }
  return sectionText(a, section.key).trim() === sectionText(b, section.key).trim();
}

export function sameContent(
  a: PassportContent | null | undefined,
  b: PassportContent | null | undefined,
  sections: readonly PassportSection[] = PASSPORT_SECTIONS,
): boolean {
  return sections.every((section) => sameSection(a, b, section));
}

const number = new Intl.NumberFormat('en-GB');

function plural(count: number, one: string, many: string): string {
  return `${number.format(count)} ${count === 1 ? one : many}`;
}

/** The count under a section's field: characters left for text, strategies so far for a list. */
export function sectionCount(section: PassportSection, value: string): { message: string; over: boolean } {
  if (section.kind === 'list') {
    const items = contentFromForm({ [section.key]: value }, [section])[section.key] as string[];
    const over = items.length - section.max;
    if (over > 0)
      return { message: `You have ${plural(over, 'strategy', 'strategies')} too many`, over: true };
    return {
      message: `${number.format(items.length)} of ${number.format(section.max)} strategies`,
      over: false,
    };
  }
  const left = section.max - value.length;
  if (left < 0)
    return { message: `You have ${plural(-left, 'character', 'characters')} too many`, over: true };
  return { message: `You have ${plural(left, 'character', 'characters')} remaining`, over: false };
}

/** The hint under a section's label: the section's own, and for a list how to write it. */
export function sectionHint(section: PassportSection): string {
  if (section.kind === 'list') {
    const how = /\bline\b/i.test(section.hint) ? '' : ' Put each strategy on its own line.';
    return `${section.hint}.${how} Up to ${number.format(section.max)} strategies.`;
  }
  return `${section.hint}. Up to ${number.format(section.max)} characters.`;
}

function sectionProblem(section: PassportSection, content: PassportContent): string | undefined {
  if (section.kind === 'list') {
    const items = sectionItems(content, section.key);
    if (items.length > section.max) {
      return `${section.label} must have ${plural(section.max, 'strategy', 'strategies')} or fewer, one per line`;
    }
    const long = items.findIndex((item) => item.length > PASSPORT_LIST_ITEM_MAX_CHARS);
    return long >= 0
      ? `Strategy ${String(long + 1)} of ${section.label} must be ${plural(PASSPORT_LIST_ITEM_MAX_CHARS, 'character', 'characters')} or fewer`
      : undefined;
  }
  return sectionText(content, section.key).length > section.max
    ? `${section.label} must be ${plural(section.max, 'character', 'characters')} or fewer`
    : undefined;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: FormProblem };

/** The draft's content, checked as the server will check it (lengths); a draft may be unfinished. */
export function checkDraft(
  values: Record<string, string | undefined>,
  sections: readonly PassportSection[] = PASSPORT_SECTIONS,
): Checked<PassportContent> {
  const content = contentFromForm(values, sections);
  const problem = formProblem(
    sections.map((section) => [sectionFieldId(section.key), sectionProblem(section, content)]),
  );
  return problem ? { ok: false, problem } : { ok: true, value: content };
}

/** The change note every reader sees: required, one sentence, up to 500 characters. */
export function changeNoteProblem(note: string): string | undefined {
  const trimmed = note.trim();
  if (trimmed === '') return 'Enter what changed, in a sentence, for the staff who read the passport';
  if (trimmed.length > CHANGE_NOTE_MAX) {
    return `The change note must be ${plural(CHANGE_NOTE_MAX, 'character', 'characters')} or fewer`;
  }
  return undefined;
}

/** Publishing checks the content and the change note together, so the summary lists every problem. */
export function checkPublish(
  values: Record<string, string | undefined>,
  changeNote: string,
  sections: readonly PassportSection[] = PASSPORT_SECTIONS,
): Checked<{ content: PassportContent; changeNote: string }> {
  const content = contentFromForm(values, sections);
  const problem = formProblem([
    ...sections.map((section): [string, string | undefined] => [
      sectionFieldId(section.key),
      sectionProblem(section, content),
    ]),
    [CHANGE_NOTE_FIELD, changeNoteProblem(changeNote)],
  ]);
  return problem ? { ok: false, problem } : { ok: true, value: { content, changeNote: changeNote.trim() } };
}

/** A photo before it is sent: JPEG or PNG, up to 5 MB. */
export function photoProblem(file: { type: string; size: number; name: string } | null): string | undefined {
  if (!file || file.name === '') return 'Choose a photo to upload';
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return 'The photo must be a JPEG or PNG';
  if (file.size === 0) return 'The photo file is empty';
  if (file.size > PASSPORT_PHOTO_MAX_BYTES) return 'The photo must be smaller than 5 MB';
  return undefined;
}

const CONTENT_FIELD = /^content\.([A-Za-z0-9_]+)(?:\.(\d+))?$/;

/** The API's field name ("content.howToHelp.2", "changeNote", "photo") to the id of the field on the page. */
export function passportFieldId(
  field: string,
  sections: readonly PassportSection[] = PASSPORT_SECTIONS,
): string | undefined {
  const match = CONTENT_FIELD.exec(field);
  if (match) {
    const key = match[1];
    return sections.some((section) => section.key === key) ? sectionFieldId(key as string) : undefined;
  }
  if (field === 'changeNote') return CHANGE_NOTE_FIELD;
  if (field === 'draft') return sections[0] ? sectionFieldId(sections[0].key) : undefined;
  if (field === 'photo' || field === 'photoId') return PHOTO_FIELD;
  return undefined;
}

/**
 * The server's answer as a form problem, each message beside its field. The server names the strategy a
 * message is about ("Item 3 of How to help me is empty"), so the list's one textarea is enough. "There
 * is nothing to publish" (field `draft`) leads to the first section.
 */
export function passportProblemFrom(
  error: unknown,
  firstFieldId: string,
  sections: readonly PassportSection[] = PASSPORT_SECTIONS,
): FormProblem {
  return formProblemFrom(error, (field) => passportFieldId(field, sections), firstFieldId);
}
