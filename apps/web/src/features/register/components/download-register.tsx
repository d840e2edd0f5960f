import { Button } from '../../../components/ui/button';
import { problemMessage } from '../../../lib/problem-message';
import { todayIso } from '../../../utils/dates';
import { saveFile } from '../../../utils/save-file';
import { useExportRegister, type RegisterExportParams } from '../api/export-register';

export interface DownloadRegisterProps {
  schoolId: string;
  /** The filters, sort and search of the list on screen: the download is that view, every page of it. */
  params: RegisterExportParams;
}

/** "Download CSV" of the current view, for those who may export (report.read). */
export function DownloadRegister({ schoolId, params }: DownloadRegisterProps) {
  const download = useExportRegister(schoolId);
  const start = () => {
    if (download.isPending) return;
    download.mutate(params, {
      onSuccess: ({ blob, filename }) => {
        saveFile(blob, filename ?? `send-register-${todayIso()}.csv`);
      },
    });
  };
  return (
    <div className="download">
      <Button
        variant="secondary"
        className="button--small"
        onClick={start}
        aria-disabled={download.isPending || undefined}
      >
        Download CSV<span className="visually-hidden"> of the pupils in this view</span>
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
