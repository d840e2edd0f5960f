import type { ReferralStatus } from '@sendreg/contracts';
import { Tag } from '../../../components/ui/tag';
import { statusColour, statusLabel } from '../referral-text';

export function ReferralStatusTag({ status }: { status: ReferralStatus }) {
  return <Tag colour={statusColour(status)}>{statusLabel(status)}</Tag>;
}
