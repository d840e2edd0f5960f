import { DownloadButton } from '../../../components/ui/download-button';
import { todayIso } from '../../../utils/dates';
import { useExportRegister, type RegisterExportParams } from '../api/export-register';

export interface DownloadRegisterProps {
  schoolId: string;
  /** The filters, sort and search of the list on screen: the download is that view, every page of it. */
  params: RegisterExportParams;
}

/** "Download CSV" of the current view, for those who may export (report.read). */
export function DownloadRegister({ schoolId, params }: DownloadRegisterProps) {
  return (
    <DownloadButton
      mutation={useExportRegister(schoolId)}
      variables={params}
      of="the pupils in this view"
      fallbackName={`send-register-${todayIso()}.csv`}
      small
    />
  );
}
