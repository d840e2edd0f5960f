import type { ProvisionMapGrouping } from '@sendreg/contracts';
import { Button } from '../../../components/ui/button';
import { problemMessage } from '../../../lib/problem-message';
import { todayIso } from '../../../utils/dates';
import { saveFile } from '../../../utils/save-file';
import { useExportProvisionMap } from '../api/get-provision-map';

/** "Download CSV" of the map as grouped on screen: fetched with the token, then saved as a file. */
export function DownloadMap({ schoolId, by }: { schoolId: string; by: ProvisionMapGrouping }) {
  const download = useExportProvisionMap(schoolId);
  const start = () => {
    if (download.isPending) return;
    download.mutate(by, {
      onSuccess: ({ blob, filename }) => {
        saveFile(blob, filename ?? `provision-map-${todayIso()}.csv`);
      },
    });
  };
  return (
    <div className="download">
      <Button variant="secondary" onClick={start} aria-disabled={download.isPending || undefined}>
        Download CSV<span className="visually-hidden"> of the provision map</span>
      </Button>
      <p className="download__status" role="status">
        {download.isPending
          ? 'Preparing your download…'
          : download.isSuccess
            ? 'Your download has started.'
            : download.isError
              ? `Sorry, the download failed. ${problemMessage(download.error)}`
              : ''}
      </p>
    </div>
  );
}
