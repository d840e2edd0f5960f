import { Button } from '../../../components/ui/button';
import { problemMessage } from '../../../lib/problem-message';
import { todayIso } from '../../../utils/dates';
import { saveFile } from '../../../utils/save-file';
import { useDownloadRegister } from '../api/download-register';

/**
 * "Download the register (CSV)": the pupils on SEN support or with an EHCP today, the register page's
 * export without filters. The status line below says how it went, politely.
 */
export function DownloadRegisterButton({ schoolId }: { schoolId: string }) {
  const download = useDownloadRegister(schoolId);
  const start = () => {
    if (download.isPending) return;
    download.mutate(undefined, {
      onSuccess: ({ blob, filename }) => {
        saveFile(blob, filename ?? `send-register-${todayIso()}.csv`);
      },
    });
  };
  return (
    <div className="dashboard-download">
      <Button variant="secondary" onClick={start} aria-disabled={download.isPending || undefined}>
        Download the register (CSV)
      </Button>
      <p className="dashboard-download__status" role="status">
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
