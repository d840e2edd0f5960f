import type { Gender, YearGroup } from '@sendreg/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'pupils' })
export class PupilEntity {
  @PrimaryColumn({ name: 'school_id', type: 'uuid' }) schoolId!: string;
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' }) id!: string;
  @Column({ type: 'char', length: 13 }) upn!: string;
  @Column({ name: 'legal_forename', type: 'text' }) legalForename!: string;
  @Column({ name: 'legal_surname', type: 'text' }) legalSurname!: string;
  @Column({ name: 'preferred_forename', type: 'text', nullable: true }) preferredForename!: string | null;
  @Column({ name: 'date_of_birth', type: 'date' }) dateOfBirth!: string;
  @Column({ type: 'char', length: 1 }) gender!: Gender;
  @Column({ name: 'year_group', type: 'text' }) yearGroup!: YearGroup;
  @Column({ name: 'class_id', type: 'uuid', nullable: true }) classId!: string | null;
  @Column({ name: 'pupil_premium', type: 'boolean', default: false }) pupilPremium!: boolean;
  @Column({ type: 'boolean', default: false }) eal!: boolean;
  @Column({ name: 'looked_after', type: 'boolean', default: false }) lookedAfter!: boolean;
  @Column({ name: 'admission_date', type: 'date', nullable: true }) admissionDate!: string | null;
  @Column({ name: 'leaving_date', type: 'date', nullable: true }) leavingDate!: string | null;
  @Column({ type: 'integer', default: 1 }) version!: number;
}
