import type { SendRecord } from '@sendreg/contracts';
import { SenStatusTag } from '../../../components/sen-status-tag';
import { formatDate } from '../../../utils/format-date';

/** The record as it stands, above a form that changes it (GOV.UK inset text). */
export function CurrentRecord({ record }: { record: SendRecord }) {
  const primary = record.needs.find((need) => need.rank === 1);
  const secondary = record.needs.find((need) => need.rank === 2);
  return (
    <div className="inset-text">
      <p>
        Current SEN status: <SenStatusTag status={record.status} />
        {record.statusSince ? ` since ${formatDate(record.statusSince)}` : ''}
      </p>
      <p>
        Primary need: {primary ? `${primary.label} (${primary.code})` : 'none'}
        <br />
        Secondary need: {secondary ? `${secondary.label} (${secondary.code})` : 'none'}
      </p>
    </div>
  );
}
