import { writeEhcpRecords } from './ehcp.mjs';
import { writePassports } from './passports.mjs';
import { writePlans } from './plans.mjs';
import { writeProvisionMap } from './provision.mjs';
import { writePupils } from './pupils.mjs';
import { writeSchoolAndStaff } from './staff.mjs';

/**
 * One school, in the order its rows depend on each other: people, pupils and the register, the
 * provision map with its year of sessions, then plans, passports and EHCP records (which name the
 * groups and the staff who work with each pupil). Runs inside the school's transaction.
 */
export async function writeSchool(ctx) {
  const staff = await writeSchoolAndStaff(ctx);
  const { pupils, register } = await writePupils(ctx, staff);
  const { provisions, places } = await writeProvisionMap(ctx, staff, register);
  await writePlans(ctx, staff, register, places);
  await writePassports(ctx, staff, register, places);
  await writeEhcpRecords(ctx, staff, register);
  return { pupils: pupils.length, register: register.length, provisions: provisions.length };
}
