import type { ConcernStatus } from '@sendreg/contracts';
import { Tag, type TagColour } from '../../../components/ui/tag';
import { CONCERN_STATUS_LABELS } from '../concern-labels';

const COLOURS: Record<ConcernStatus, TagColour> = {
  open: 'red',
  monitoring: 'yellow',
  sen_support: 'blue',
  closed: 'grey',
};

export function ConcernStatusTag({ status }: { status: ConcernStatus }) {
  return <Tag colour={COLOURS[status]}>{CONCERN_STATUS_LABELS[status]}</Tag>;
}
