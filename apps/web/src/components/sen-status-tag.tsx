import type { SenStatus } from '@sendreg/contracts';
import { SEN_STATUS_SHORT_LABELS } from '../utils/sen-status';
import { Tag, type TagColour } from './ui/tag';

const COLOURS: Record<SenStatus, TagColour> = { K: 'blue', E: 'purple', monitoring: 'yellow', N: 'grey' };

/** A pupil's SEN status as a labelled tag: the words say it, never the colour alone. */
export function SenStatusTag({ status }: { status: SenStatus }) {
  return <Tag colour={COLOURS[status]}>{SEN_STATUS_SHORT_LABELS[status]}</Tag>;
}
