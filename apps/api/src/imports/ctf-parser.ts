import { SaxesParser } from 'saxes';
import { UnreadableFile } from './csv-parser';
import type { ImportField } from './import-fields';
import type { SourceCell } from './import-values';
import type { CtfSenHistory, PupilCandidate } from './row-validation';

/** Where each of our fields is in a CTF Pupil (directly, or inside BasicDetails). */
export const CTF_ELEMENTS: Partial<Record<ImportField, string>> = {
  upn: 'UPN',
  legalSurname: 'Surname',
  legalForename: 'Forename',
  preferredForename: 'PreferredForename',
  dateOfBirth: 'DOB',
  gender: 'Sex',
  yearGroup: 'NCyearActual',
};

const FIELD_OF_ELEMENT = new Map<string, ImportField>([
  ...Object.entries(CTF_ELEMENTS).map(([field, element]) => [element, field as ImportField] as const),
  // Some suppliers write Gender for Sex.
  ['Gender', 'gender'],
]);

const CHUNK_SIZE = 64 * 1024;

export interface CtfFile {
  candidates: PupilCandidate[];
  rowCount: number;
}

interface OpenPupil {
  candidate: PupilCandidate;
  /** Element names below Pupil, outermost first. */
  path: string[];
  entry?: CtfSenHistory['entries'][number];
  need?: CtfSenHistory['needs'][number];
}

/** Text of the innermost open element, and where it started. */
interface OpenText {
  text: string;
  line: number;
}

/**
 * Reads a DfE Common Transfer File as a stream: the buffer is fed to saxes in chunks, and only the
 * pupils' fields are kept. Elements are matched on their local names, so a namespace prefix or an
 * unexpected order does not matter. A DOCTYPE is refused (no DTD, no entity can reach the parser),
 * and XML that is not well formed or ends early is refused with its line and column.
 */
export function parseCtf(buffer: Buffer): CtfFile {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const candidates: PupilCandidate[] = [];
  const stack: string[] = [];
  let pupil: OpenPupil | null = null;
  let open: OpenText | null = null;
  let sawRoot = false;
  const refuse = (message: string) => {
    throw new UnreadableFile(message, parser.line, parser.column);
  };

  parser.on('xmldecl', (decl) => {
    if (decl.encoding && decl.encoding.toLowerCase().replace('_', '-') !== 'utf-8') {
      refuse(`The file says it is encoded as ${decl.encoding}: a CTF must be UTF-8.`);
    }
  });
  parser.on('doctype', () =>
    refuse('The file has a DOCTYPE: document type definitions are not accepted in a CTF.'),
  );
  parser.on('opentag', (tag) => {
    const name = tag.local ?? tag.name;
    if (!sawRoot) {
      sawRoot = true;
      if (name !== 'CTfile') {
        refuse(
          `This is not a Common Transfer File: its root element is <${name}>, where a CTF has <CTfile>.`,
        );
      }
    }
    if (pupil) {
      pupil.path.push(name);
      const where = pupil.path.join('/');
      const history = pupil.candidate.senHistory;
      if (where === 'SENhistory') pupil.candidate.senHistory = { line: parser.line, entries: [], needs: [] };
      else if (where === 'SENhistory/SEN' && history)
        history.entries.push((pupil.entry = { line: parser.line }));
      else if (where === 'SENhistory/SENneeds/SENneed' && history)
        history.needs.push((pupil.need = { line: parser.line }));
    } else if (name === 'Pupil' && stack.at(-1) === 'CTFpupilData') {
      pupil = { candidate: { line: parser.line, cells: {} }, path: [] };
    }
    stack.push(name);
    open = { text: '', line: parser.line };
  });
  parser.on('text', (text) => {
    if (open) open.text += text;
  });
  parser.on('cdata', (text) => {
    if (open) open.text += text;
  });
  parser.on('closetag', () => {
    const name = stack.pop() as string;
    if (pupil && open) keepValue(pupil, name, { raw: open.text.trim(), line: open.line, column: name });
    open = null;
    if (!pupil) return;
    if (pupil.path.length === 0) {
      candidates.push(pupil.candidate);
      pupil = null;
    } else {
      pupil.path.pop();
    }
  });

  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (let start = 0; start < buffer.length; start += CHUNK_SIZE) {
      let text: string;
      try {
        text = decoder.decode(buffer.subarray(start, start + CHUNK_SIZE), { stream: true });
      } catch {
        throw new UnreadableFile('The file is not UTF-8 text: a CTF must be UTF-8 XML.');
      }
      parser.write(text);
    }
    parser.close();
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    const message = error instanceof Error ? error.message.replace(/^\d+:\d+: /, '') : 'unreadable';
    throw new UnreadableFile(
      `The file is not well-formed XML (${message}) at line ${parser.line}, column ${parser.column}: it may be cut short or damaged.`,
      parser.line,
      parser.column,
    );
  }
  if (!sawRoot) throw new UnreadableFile('The file holds no XML elements: it is not a Common Transfer File.');
  return { candidates, rowCount: candidates.length };
}

/** Keeps the value of an element that has just closed, if it is one the import reads. */
function keepValue(pupil: OpenPupil, name: string, cell: SourceCell): void {
  const path = pupil.path;
  const parent = path.length >= 2 ? path[path.length - 2] : 'Pupil';
  const field = FIELD_OF_ELEMENT.get(name);
  if (field && (parent === 'Pupil' || parent === 'BasicDetails') && path.length <= 2) {
    pupil.candidate.cells[field] = cell;
  } else if (parent === 'SEN' && pupil.entry) {
    if (name === 'StartDate') pupil.entry.startDate = cell;
    else if (name === 'SENprovision') pupil.entry.provision = cell;
  } else if (parent === 'SENneed' && pupil.need) {
    if (name === 'SENtypeRank') pupil.need.rank = cell;
    else if (name === 'SENtype') pupil.need.code = cell;
  }
}
