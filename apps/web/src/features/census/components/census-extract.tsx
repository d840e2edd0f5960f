import { CENSUS_SEN_EXTRACT_COLUMNS } from '@sendreg/contracts';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { WarningText } from '../../../components/ui/warning-text';
import { formatDate } from '../../../utils/format-date';
import { saveFile } from '../../../utils/save-file';
import { joinWords } from '../../../utils/words';
import { useCensusExtract } from '../api/download-census-extract';
import {
  extractFileName,
  extractRefusal,
  extractStatusText,
  extractWarning,
  refusalIntro,
  refusalMoreText,
  type ExtractState,
} from '../census-extract';

export interface CensusExtractProps {
  schoolId: string;
  censusDate: string;
  /** Problems the check on the page finds for that date; null while it loads or when it failed. */
  problems: number | null;
  /** The id of the check's results, to send people back to the full list of problems. */
  resultsId: string;
  /** Called when the extract is refused, so the check on the page shows the problems as they stand now. */
  onRefused: () => void;
}

/**
 * "Census SEN extract": the CSV of the pupils at K or E on the census date, for the school's MIS. The
 * API refuses it (422) while the census check finds problems; the refusal is shown in an error
 * summary, focused, with the problems listed.
 */
export function CensusExtract({ schoolId, censusDate, problems, resultsId, onRefused }: CensusExtractProps) {
  const extract = useCensusExtract(schoolId);
  const [attempt, setAttempt] = useState(0);
  const dateText = formatDate(censusDate);
  const refusal = extract.isError ? extractRefusal(extract.error) : null;
  const warning = extractWarning(problems);
  const state: ExtractState = extract.isPending
    ? { status: 'pending' }
    : extract.isSuccess
      ? { status: 'success' }
      : extract.isError
        ? { status: 'error', error: extract.error }
        : { status: 'idle' };

  const download = () => {
    if (extract.isPending) return;
    extract.mutate(censusDate, {
      onSuccess: ({ blob, filename }) => {
        saveFile(blob, filename ?? extractFileName(censusDate));
      },
      onError: (error) => {
        setAttempt((count) => count + 1);
        if (extractRefusal(error)) onRefused();
      },
    });
  };

  return (
    <section className="census-extract" aria-labelledby="census-extract-heading">
      <h2 className="heading-m" id="census-extract-heading">
        Census SEN extract
      </h2>
      <p>
        A CSV file with a row for each pupil on SEN support (K) or with an EHCP (E) on {dateText}: their UPN,
        their SEN provision (K or E), and their primary and secondary type of need. Its columns are the
        census&rsquo;s own: {joinWords([...CENSUS_SEN_EXTRACT_COLUMNS])}.
      </p>
      <p>
        Pupils on monitoring are reported as N in the census, so they are not in the file. Use it to check the
        SEN records in your management information system before you send the census return. The file holds
        pupils&rsquo; UPNs: keep it somewhere secure and delete it when you no longer need it.
      </p>
      {warning ? (
        <WarningText title={warning}>
          <p>You can still try: the extract checks the records again when you download it.</p>
        </WarningText>
      ) : null}
      {refusal ? (
        <ErrorSummary errors={[]} attempt={attempt} title={refusal.title}>
          <p>{refusalIntro(refusal, dateText)}</p>
          {refusal.problems.length > 0 ? (
            <ul className="list list--bullet">
              {refusal.problems.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          ) : null}
          <p>
            {refusalMoreText(refusal)}{' '}
            <a href={`#${resultsId}`}>See every problem found by the census check</a>.
          </p>
        </ErrorSummary>
      ) : null}
      <div className="download">
        <Button variant="secondary" onClick={download} aria-disabled={extract.isPending || undefined}>
          Download the census SEN extract (CSV)
        </Button>
        <p className="download__status" role="status">
          {extractStatusText(state)}
        </p>
      </div>
    </section>
  );
}
