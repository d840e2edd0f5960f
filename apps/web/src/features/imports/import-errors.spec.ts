import { ApiError } from '../../lib/api-error';
import { applyErrorMessage, fileProblemFrom, mappingProblemFrom, TOO_LARGE } from './import-errors';
import { FILE_FIELD_ID } from './import-form';

const apiError = (status: number, extra: Partial<ApiError['problem']> = {}) =>
  new ApiError({ type: 'about:blank', title: 'Problem', status, ...extra });

describe('import errors', () => {
  it('puts a file that is too large next to the file input', () => {
    expect(fileProblemFrom(apiError(413))).toEqual({
      fields: { [FILE_FIELD_ID]: TOO_LARGE },
      summary: [{ fieldId: FILE_FIELD_ID, message: TOO_LARGE }],
    });
  });

  it('puts an unreadable file’s reason next to the file input', () => {
    const unreadable = apiError(400, {
      type: '/problems/unreadable-file',
      detail: 'The file is not UTF-8 text. Nothing was imported.',
      errors: [{ field: 'file', message: 'The file is not UTF-8 text.' }],
    });
    expect(fileProblemFrom(unreadable).fields).toEqual({ [FILE_FIELD_ID]: 'The file is not UTF-8 text.' });
  });

  it('puts a refused mapping next to its select', () => {
    const refused = apiError(400, { errors: [{ field: 'mapping.gender', message: 'No column "Sex".' }] });
    expect(mappingProblemFrom(refused, 'mapping-upn').fields).toEqual({
      'mapping-gender': 'No column "Sex".',
    });
  });

  it('says a retry is safe when the import may not have finished', () => {
    expect(applyErrorMessage(new TypeError('Failed to fetch'))).toMatch(
      /^We could not reach the service, so the import may not have finished\. .*not be imported twice\.$/,
    );
    expect(applyErrorMessage(apiError(503))).toMatch(/^There is a problem with the service, so the import/);
    expect(applyErrorMessage(apiError(422, { detail: 'This Idempotency-Key was used.' }))).toBe(
      'This Idempotency-Key was used.',
    );
  });
});
