import { PupilEntity } from '../../pupils/pupil.entity';
import { SchoolClassEntity } from '../../staff/school-class.entity';

/** Every TypeORM entity; most platform tables are reached with plain SQL instead. */
export const ENTITIES = [PupilEntity, SchoolClassEntity];
