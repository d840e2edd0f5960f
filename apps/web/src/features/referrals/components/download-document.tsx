import type { PupilDocument } from '@sendreg/contracts';
import { Button } from '../../../components/ui/button';
import { problemMessage } from '../../../lib/problem-message';
import { saveFile } from '../../../utils/save-file';
import { useDownloadDocument } from '../api/documents';

/** "Download": fetches the file with the session's token, saves it, and says how it went. */
export function DownloadDocument({
  schoolId,
  pupilId,
  document,
}: {
  schoolId: string;
  pupilId: string;
  document: PupilDocument;
}) {
  const download = useDownloadDocument(schoolId, pupilId);
  const start = () => {
    if (download.isPending) return;
    download.mutate(document, {
      onSuccess: ({ blob, filename }) => {
        saveFile(blob, filename ?? document.fileName);
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
        Download<span className="visually-hidden"> {document.title}</span>
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
