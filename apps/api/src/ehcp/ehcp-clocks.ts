import type { EhcpClock, PupilRef } from '@sendreg/contracts';
import type { EntityManager } from 'typeorm';

export interface PupilClock {
  pupil: PupilRef;
  clock: EhcpClock;
}

/**
 * The EHCP clock of every pupil on roll with an EHCP record in the current school (or of the pupils
 * given), for the review dashboard, the daily digest and the calendar feed.
 * TODO(ehcp helper): implement.
 */
export async function ehcpClocks(
  m: EntityManager,
  today: string,
  pupilIds?: readonly string[],
): Promise<PupilClock[]> {
  void m;
  void today;
  void pupilIds;
  return [];
}
