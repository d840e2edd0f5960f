import { AREA_LABELS, type ConcernArea, type ConcernStatus, type TriageDecision } from '@sendreg/contracts';

export const CONCERN_AREA_LABELS: Record<ConcernArea, string> = { ...AREA_LABELS, not_sure: 'Not sure' };

/** What each area covers, in a teacher's words, to help choose. */
export const CONCERN_AREA_HINTS: Record<ConcernArea, string> = {
  cognition_and_learning:
    'For example reading, writing, number, memory, or learning much more slowly than peers.',
  communication_and_interaction:
    'For example understanding or using language, following instructions, or getting on with others.',
  social_emotional_mental_health:
    'For example anxiety, low mood, withdrawal, or behaviour that shows distress.',
  sensory_physical: 'For example hearing, vision, movement, coordination, or sensitivity to noise or touch.',
  not_sure: 'The SENCO will help work it out.',
};

export const CONCERN_STATUS_LABELS: Record<ConcernStatus, string> = {
  open: 'Open',
  monitoring: 'Monitoring',
  sen_support: 'SEN support',
  closed: 'Closed',
};

export const CONCERN_STATUS_ORDER: readonly ConcernStatus[] = ['open', 'monitoring', 'sen_support', 'closed'];

export const DECISION_LABELS: Record<TriageDecision, string> = {
  monitor: 'Start monitoring',
  sen_support: 'Add to SEN support',
  close: 'Close the concern',
};

export const DECISION_HINTS: Record<TriageDecision, string> = {
  monitor: "The pupil's SEN status becomes Monitoring. They are watched, not on the SEN register.",
  sen_support: 'The pupil goes on the SEN register at SEN support. Set their needs next.',
  close: 'No further action. The SEN status does not change.',
};

/** What the triage did, in a sentence for the confirmation. */
export const DECISION_DONE: Record<TriageDecision, string> = {
  monitor: 'monitoring started',
  sen_support: 'added to SEN support',
  close: 'closed',
};
