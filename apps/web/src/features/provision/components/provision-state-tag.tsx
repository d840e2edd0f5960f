import { PROVISION_STATE_LABELS, type ProvisionState } from '@sendreg/contracts';
import { Tag, type TagColour } from '../../../components/ui/tag';

const COLOURS: Record<ProvisionState, TagColour> = { planned: 'blue', running: 'green', ended: 'grey' };

/** The words carry the state; the colour only helps scanning. */
export function ProvisionStateTag({ state }: { state: ProvisionState }) {
  return <Tag colour={COLOURS[state]}>{PROVISION_STATE_LABELS[state]}</Tag>;
}
