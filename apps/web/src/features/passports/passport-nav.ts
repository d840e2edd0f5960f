import { readPupilPageState, type PupilPageState } from '../../lib/pupil-context';

/**
 * Where "Back" leads from a passport. Opened from a list of passports (mine, the school's coverage,
 * a class pack), it leads back to that list; opened from the pupil's page, to the pupil's page. Both
 * travel in history state, never in the URL.
 */
export interface PassportPageState extends PupilPageState {
  /** Set when `from` is a list of passports that "Back" should return to. */
  backToList?: true;
}

export function passportListState(listPath: string): PassportPageState {
  return { from: listPath, backToList: true };
}

export function readPassportPageState(state: unknown): PassportPageState {
  const pupilState = readPupilPageState(state);
  const backToList =
    typeof state === 'object' && state !== null && 'backToList' in state && state.backToList === true;
  return backToList && pupilState.from ? { ...pupilState, backToList: true } : pupilState;
}

/** The words of the back link to a list of passports. */
export function listBackLabel(listPath: string): string {
  const path = listPath.split('?')[0] ?? '';
  if (path.endsWith('/my-passports')) return 'Back to your pupils’ passports';
  if (path.endsWith('/passports/class-pack')) return 'Back to the class pack';
  if (path.endsWith('/passports')) return 'Back to passports';
  return 'Back';
}

export function passportPath(schoolId: string, pupilId: string): string {
  return `/schools/${encodeURIComponent(schoolId)}/pupils/${encodeURIComponent(pupilId)}/passport`;
}
