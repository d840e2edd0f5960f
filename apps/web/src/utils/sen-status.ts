import type { SenStatus } from '@sendreg/contracts';

/** The short names of the statuses, as schools say them; the census codes are in brackets where useful. */
export const SEN_STATUS_SHORT_LABELS: Record<SenStatus, string> = {
  K: 'SEN support',
  E: 'EHCP',
  monitoring: 'Monitoring',
  N: 'No SEN',
};

/** The order statuses are listed in: the register first, then the watch list, then everyone else. */
export const SEN_STATUS_ORDER: readonly SenStatus[] = ['K', 'E', 'monitoring', 'N'];
