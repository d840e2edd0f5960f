import { PlatformFoundation1763800000000 } from './1763800000000-platform-foundation';
import { SendRegister1763900000000 } from './1763900000000-send-register';
import { ProvisionMap1764000000000 } from './1764000000000-provision-map';
import { TermDates1764100000000 } from './1764100000000-term-dates';
import { PupilPassports1764200000000 } from './1764200000000-pupil-passports';
import { SupportPlans1764300000000 } from './1764300000000-support-plans';
import { Leadership1764400000000 } from './1764400000000-leadership';
import { Liaison1764500000000 } from './1764500000000-liaison';
import { SchoolMeasuresSnapshots1764600000000 } from './1764600000000-school-measures-snapshots';
import { PrincipalLookup1764700000000 } from './1764700000000-principal-lookup';

/** Every migration, in order. A new migration is added here as well as in its own file. */
export const MIGRATIONS = [
  PlatformFoundation1763800000000,
  SendRegister1763900000000,
  ProvisionMap1764000000000,
  TermDates1764100000000,
  PupilPassports1764200000000,
  SupportPlans1764300000000,
  Leadership1764400000000,
  Liaison1764500000000,
  SchoolMeasuresSnapshots1764600000000,
  PrincipalLookup1764700000000,
];
