import { PUPIL_DOCUMENT_KIND_LABELS, type PupilDocument } from '@sendreg/contracts';
import { useId } from 'react';
import { TableContainer } from '../../../components/ui/table-container';
import { formatDate } from '../../../utils/format-date';
import { fileSizeText, mediaTypeLabel } from '../referral-text';
import { DownloadDocument } from './download-document';

/** Documents received, newest first, each with its type, size and a download button. */
export function DocumentTable({
  schoolId,
  pupilId,
  documents,
  caption,
}: {
  schoolId: string;
  pupilId: string;
  documents: readonly PupilDocument[];
  caption: string;
}) {
  const captionId = useId();
  return (
    <TableContainer captionId={captionId}>
      <table className="table">
        <caption className="table__caption" id={captionId}>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col">Kind</th>
            <th scope="col">Received</th>
            <th scope="col">File</th>
            <th scope="col">
              <span className="visually-hidden">Download</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {documents.map((document) => (
            <tr key={document.id}>
              <th scope="row">{document.title}</th>
              <td>{PUPIL_DOCUMENT_KIND_LABELS[document.kind]}</td>
              <td>{formatDate(document.receivedOn)}</td>
              <td>
                {mediaTypeLabel(document.mediaType)}, {fileSizeText(document.sizeBytes)}
                <span className="table__secondary">{document.fileName}</span>
              </td>
              <td>
                <DownloadDocument schoolId={schoolId} pupilId={pupilId} document={document} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableContainer>
  );
}
