import type { PassportSection } from '@sendreg/contracts';
import { fitsOnePage, pageShare, PRINT_LAYOUT, printedHeight, printFitWarning } from './print-fit';

const sentence =
  'I like drawing dinosaurs and building things with Lego, and I am proud of my swimming badges. ';
const words = (n: number) => sentence.repeat(20).slice(0, n);
const strategies = (n: number, length: number) =>
  Array.from({ length: n }, (_, i) =>
    `${String(i + 1)}. ${'Give me clear, short instructions one at a time. '.repeat(5)}`.slice(0, length),
  );
const passport = (text: number, items: number, itemLength: number) => ({
  aboutMe: words(text),
  important: words(text),
  strengths: words(text),
  findHard: words(text),
  howToHelp: strategies(items, itemLength),
  communication: words(text),
});

describe('printing on one page', () => {
  // Measured in Chromium with passports.css: these printed on 1, 2, 2, 2 and 4 pages.
  it.each([
    [150, 6, 60, 754, true],
    [250, 8, 90, 1081, false],
    [300, 8, 100, 1143, false],
    [400, 10, 120, 1516, false],
    [1000, 12, 200, 2898, false],
  ])(
    'estimates %i characters a section and %i strategies on the safe side of the measured height',
    (text, items, length, measured, fits) => {
      const estimate = printedHeight(passport(text, items, length), {
        photo: false,
        changeNote: 'Calibration case for printing.',
      });
      expect(estimate).toBeGreaterThanOrEqual(measured);
      expect(estimate).toBeLessThan(measured * 1.15);
      expect(fitsOnePage(passport(text, items, length), { photo: false })).toBe(fits);
    },
  );

  it('fits a short passport, and counts the photo and a long change note', () => {
    const short = passport(120, 4, 60);
    expect(fitsOnePage(short, { photo: true })).toBe(true);
    const withPhoto = printedHeight(short, { photo: true });
    expect(withPhoto - printedHeight(short, { photo: false })).toBe(
      PRINT_LAYOUT.headerWithPhoto - PRINT_LAYOUT.header,
    );
    expect(printedHeight(short, { photo: true, changeNote: 'x'.repeat(500) })).toBeGreaterThan(withPhoto);
  });

  it('places text sections two to a row and a list across the page', () => {
    const text: PassportSection = { key: 'a', label: 'A', kind: 'text', hint: '', max: 1000 };
    const b = { ...text, key: 'b' };
    const list: PassportSection = { key: 'l', label: 'L', kind: 'list', hint: '', max: 12 };
    const content = { a: 'x'.repeat(380), b: 'short', l: ['One'] };
    const paired = printedHeight(content, { photo: false }, [text, b]);
    const split = printedHeight(content, { photo: false }, [text, list, b]);
    // a and b share a row (the taller counts); a list between them puts b on a row of its own.
    expect(split - paired).toBeGreaterThan(PRINT_LAYOUT.listChrome);
    expect(printedHeight(content, { photo: false }, [b, text])).toBe(paired);
  });

  it('says how many pages when it will not fit', () => {
    expect(printFitWarning(0.95)).toBeNull();
    expect(printFitWarning(1)).toBeNull();
    expect(printFitWarning(1.2)).toBe('This passport is likely to print on 2 pages, not one.');
    expect(pageShare(passport(1000, 12, 200), { photo: true })).toBeGreaterThan(2);
  });
});
