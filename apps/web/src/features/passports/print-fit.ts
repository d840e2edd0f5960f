import { PASSPORT_SECTIONS, type PassportContent, type PassportSection } from '@sendreg/contracts';
import { sectionItems, sectionText } from './passport-content';

/**
 * Whether a passport will print on one A4 page. The sections allow more words than one page holds in
 * 12pt type, so the SENCO is told while writing, rather than finding out at the printer. The figures
 * are the print layout of passports.css measured in Chromium (CSS px at 96 dpi, A4 less 12 mm margins:
 * 703 x 1032), rounded to the safe side; change them with that stylesheet.
 */
export const PRINT_LAYOUT = {
  pageHeight: 1032,
  header: 105,
  headerWithPhoto: 175,
  /** The version line at the foot: its rule and margin, then 11pt lines of about 95 characters. */
  footer: 24,
  footerLineHeight: 19,
  footerChars: 95,
  rowGap: 15,
  /** A text section: its 14pt title, then 12pt lines of about 36 characters in a column. */
  title: 29,
  lineHeight: 20.8,
  textChars: 38,
  /** A list section across the page: border, padding and 16pt title, then 13pt items in two columns. */
  listChrome: 71,
  listLineHeight: 22.5,
  listItemGap: 5,
  listChars: 31,
} as const;

function lines(text: string, perLine: number): number {
  return text
    .split('\n')
    .reduce((count, paragraph) => count + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
}

function sectionHeight(section: PassportSection, content: PassportContent): number {
  const L = PRINT_LAYOUT;
  if (section.kind === 'list') {
    const items = sectionItems(content, section.key);
    const itemLines = items.reduce((count, item) => count + lines(item, L.listChars), 0);
    // Two balanced columns; an item is never split, so allow one line of slack.
    const columnLines = items.length ? Math.ceil(itemLines / 2) + 1 : 1;
    return L.listChrome + columnLines * L.listLineHeight + Math.ceil(items.length / 2) * L.listItemGap;
  }
  const text = sectionText(content, section.key).trim();
  return L.title + (text ? lines(text, L.textChars) : 1) * L.lineHeight;
}

/**
 * The printed height of a passport, in CSS px: text sections two to a row in their order, list sections
 * across the page (a row of their own), as the grid in passports.css places them.
 */
export function printedHeight(
  content: PassportContent,
  { photo, changeNote = '' }: { photo: boolean; changeNote?: string },
  sections: readonly PassportSection[] = PASSPORT_SECTIONS,
): number {
  const L = PRINT_LAYOUT;
  const rows: number[] = [];
  let open: number | null = null;
  for (const section of sections) {
    const height = sectionHeight(section, content);
    if (section.kind === 'list') {
      if (open !== null) rows.push(open);
      open = null;
      rows.push(height);
    } else if (open === null) {
      open = height;
    } else {
      rows.push(Math.max(open, height));
      open = null;
    }
  }
  if (open !== null) rows.push(open);
  const body = rows.reduce((total, row) => total + row, 0) + Math.max(0, rows.length - 1) * L.rowGap;
  // "Version 12, published 30 September 2025 by <name>: " is about 60 characters before the note.
  const footer = L.footer + lines(`${'x'.repeat(60)}${changeNote}`, L.footerChars) * L.footerLineHeight;
  return (photo ? L.headerWithPhoto : L.header) + body + footer;
}

/** How much of one printed page the passport fills (over 1: it will spill onto a second page). */
export function pageShare(
  content: PassportContent,
  options: { photo: boolean; changeNote?: string },
  sections: readonly PassportSection[] = PASSPORT_SECTIONS,
): number {
  return printedHeight(content, options, sections) / PRINT_LAYOUT.pageHeight;
}

export function fitsOnePage(
  content: PassportContent,
  options: { photo: boolean; changeNote?: string },
  sections: readonly PassportSection[] = PASSPORT_SECTIONS,
): boolean {
  return pageShare(content, options, sections) <= 1;
}

/** The words of the warning when a passport will not fit, or null when it will. */
export function printFitWarning(share: number): string | null {
  if (share <= 1) return null;
  const pages = Math.ceil(share);
  return `This passport is likely to print on ${String(pages)} pages, not one.`;
}
