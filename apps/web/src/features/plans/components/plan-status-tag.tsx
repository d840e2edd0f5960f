import { PLAN_STATUS_LABELS, type PlanStatus } from '@sendreg/contracts';
import { Tag, type TagColour } from '../../../components/ui/tag';

const COLOURS: Record<PlanStatus, TagColour> = { draft: 'grey', active: 'green', closed: 'blue' };

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  return <Tag colour={COLOURS[status]}>{PLAN_STATUS_LABELS[status]}</Tag>;
}
