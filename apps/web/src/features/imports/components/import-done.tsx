import type { ImportResult } from '@sendreg/contracts';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { ConfirmationPanel } from '../../../components/ui/confirmation-panel';
import { SummaryList } from '../../../components/ui/summary-list';
import { pupilCount } from '../import-labels';

export interface ImportDoneProps {
  fileName: string;
  result: ImportResult;
  /** The register's path, for those who may see it; undefined otherwise. */
  registerPath?: string;
  onImportAnother: () => void;
}

/** The end of the journey: the confirmation panel (the page's h1) and what changed. */
export function ImportDone({ fileName, result, registerPath, onImportAnother }: ImportDoneProps) {
  return (
    <>
      <ConfirmationPanel title="Import complete">
        <p>
          {pupilCount(result.rowCount)} imported from {fileName}
        </p>
      </ConfirmationPanel>
      <h2 className="heading-m">What changed</h2>
      <SummaryList
        rows={[
          { key: 'New pupils added', value: result.created.toLocaleString('en-GB') },
          { key: 'Pupils updated', value: result.updated.toLocaleString('en-GB') },
          { key: 'Pupils already up to date', value: result.unchanged.toLocaleString('en-GB') },
        ]}
      />
      <p>Changes to SEN status and needs were recorded in each pupil’s history, as made by you on import.</p>
      <div className="button-group">
        {registerPath ? (
          <Link className="button" to={registerPath}>
            Go to the register
          </Link>
        ) : null}
        <Button variant={registerPath ? 'secondary' : 'primary'} onClick={onImportAnother}>
          Import another file
        </Button>
      </div>
    </>
  );
}
