import type { ProvisionMapGrouping } from '@sendreg/contracts';
import { DownloadButton } from '../../../components/ui/download-button';
import { todayIso } from '../../../utils/dates';
import { useExportProvisionMap } from '../api/get-provision-map';

/** "Download CSV" of the map as grouped on screen. */
export function DownloadMap({ schoolId, by }: { schoolId: string; by: ProvisionMapGrouping }) {
  return (
    <DownloadButton
      mutation={useExportProvisionMap(schoolId)}
      variables={by}
      of="the provision map"
      fallbackName={`provision-map-${todayIso()}.csv`}
    />
  );
}
