import type { YearGroup } from '@sendreg/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'classes' })
export class SchoolClassEntity {
  @PrimaryColumn({ name: 'school_id', type: 'uuid' }) schoolId!: string;
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' }) id!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'year_group', type: 'text', nullable: true }) yearGroup!: YearGroup | null;
}
