/** SEN provision codes of the school census, plus the school's non-census "monitoring" stage. */
export const SEN_STATUSES = ['N', 'monitoring', 'K', 'E'] as const;
export type SenStatus = (typeof SEN_STATUSES)[number];

export const SEN_STATUS_LABELS: Record<SenStatus, string> = {
  N: 'No special educational need',
  monitoring: 'Monitoring (not on the register)',
  K: 'SEN support',
  E: 'Education, Health and Care plan',
};

/** What a status is reported as in the census: monitoring is reported as N. */
export function censusCode(status: SenStatus): 'N' | 'K' | 'E' {
  return status === 'monitoring' ? 'N' : status;
}

export const AREAS_OF_NEED = [
  'cognition_and_learning',
  'communication_and_interaction',
  'social_emotional_mental_health',
  'sensory_physical',
] as const;
export type AreaOfNeed = (typeof AREAS_OF_NEED)[number];

export const AREA_LABELS: Record<AreaOfNeed, string> = {
  cognition_and_learning: 'Cognition and learning',
  communication_and_interaction: 'Communication and interaction',
  social_emotional_mental_health: 'Social, emotional and mental health',
  sensory_physical: 'Sensory and/or physical',
};

export interface NeedType {
  code: string;
  label: string;
  area: AreaOfNeed | null;
  /** Only valid with SEN support (K): the census rule for NSA. */
  supportOnly: boolean;
}

/**
 * Census SEN type codes (exact). This list seeds the need_types table; the database is the source
 * of truth at run time, so a new census category is a migration, not a code change.
 */
export const NEED_TYPES: readonly NeedType[] = [
  { code: 'SPLD', label: 'Specific learning difficulty', area: 'cognition_and_learning', supportOnly: false },
  { code: 'MLD', label: 'Moderate learning difficulty', area: 'cognition_and_learning', supportOnly: false },
  { code: 'SLD', label: 'Severe learning difficulty', area: 'cognition_and_learning', supportOnly: false },
  {
    code: 'PMLD',
    label: 'Profound and multiple learning difficulty',
    area: 'cognition_and_learning',
    supportOnly: false,
  },
  {
    code: 'SEMH',
    label: 'Social, emotional and mental health',
    area: 'social_emotional_mental_health',
    supportOnly: false,
  },
  {
    code: 'SLCN',
    label: 'Speech, language and communication needs',
    area: 'communication_and_interaction',
    supportOnly: false,
  },
  {
    code: 'ASD',
    label: 'Autistic spectrum disorder',
    area: 'communication_and_interaction',
    supportOnly: false,
  },
  { code: 'HI', label: 'Hearing impairment', area: 'sensory_physical', supportOnly: false },
  { code: 'VI', label: 'Vision impairment', area: 'sensory_physical', supportOnly: false },
  { code: 'MSI', label: 'Multi-sensory impairment', area: 'sensory_physical', supportOnly: false },
  { code: 'PD', label: 'Physical disability', area: 'sensory_physical', supportOnly: false },
  { code: 'OTH', label: 'Other difficulty/disability', area: null, supportOnly: false },
  {
    code: 'NSA',
    label: 'SEN support but no specialist assessment of type of need',
    area: null,
    supportOnly: true,
  },
];
