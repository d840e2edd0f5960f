import { Injectable } from '@nestjs/common';
import {
  checkProfessional,
  checkService,
  SERVICE_KIND_LABELS,
  SERVICE_KINDS,
  type Professional,
  type ProfessionalService,
  type ServiceKind,
} from '@sendreg/contracts';
import { notFound, validationProblem } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { staleVersion } from '../register/sen-record.writer';
import type {
  ArchiveDirectoryEntryDto,
  ProfessionalDto,
  ServiceDto,
  UpdateProfessionalDto,
  UpdateServiceDto,
} from './dto/directory.dto';

/** Professional of a professionals alias p. */
const PROFESSIONAL_JSON = `json_build_object(
    'id', p.id, 'serviceId', p.service_id, 'name', p.name, 'role', p.role, 'phone', p.phone,
    'email', p.email, 'archived', p.archived_at IS NOT NULL, 'version', p.version)`;

/**
 * A professional_services alias s with its professionals by name (archived ones only when $1 is
 * true); kindLabel is added in TypeScript from SERVICE_KIND_LABELS.
 */
const SERVICE_JSON = `json_build_object(
    'id', s.id, 'name', s.name, 'kind', s.kind, 'howToRefer', s.how_to_refer, 'phone', s.phone,
    'email', s.email, 'website', s.website, 'archived', s.archived_at IS NOT NULL, 'version', s.version,
    'professionals', coalesce((
      SELECT json_agg(${PROFESSIONAL_JSON} ORDER BY lower(p.name), p.id)
        FROM professionals p
       WHERE p.school_id = s.school_id AND p.service_id = s.id AND ($1::boolean OR p.archived_at IS NULL)), '[]'::json))`;

type ServiceRow = Omit<ProfessionalService, 'kindLabel'>;

const withLabel = (s: ServiceRow): ProfessionalService => ({
  ...s,
  kindLabel: SERVICE_KIND_LABELS[s.kind as ServiceKind] ?? s.kind,
});

/**
 * The school's directory of outside services and their named professionals (professional.read: the
 * SENCO and the head; professional.write: the SENCO). Nothing is deleted: an entry that no longer
 * applies is archived, so past referrals still name it.
 */
@Injectable()
export class ProfessionalsService {
  constructor(private readonly db: DbContext) {}

  async list(includeArchived: boolean): Promise<ProfessionalService[]> {
    const rows = (await this.db.manager.query(
      `SELECT ${SERVICE_JSON} AS service FROM professional_services s
        WHERE ($1::boolean OR s.archived_at IS NULL)
        ORDER BY array_position($2::text[], s.kind), lower(s.name), s.id`,
      [includeArchived, SERVICE_KINDS],
    )) as { service: ServiceRow }[];
    return rows.map((r) => withLabel(r.service));
  }

  async createService(userId: string, dto: ServiceDto): Promise<ProfessionalService> {
    const s = this.checkedService(dto);
    const [row] = (await this.db.manager.query(
      `INSERT INTO professional_services (school_id, name, kind, how_to_refer, phone, email, website, updated_by)
       VALUES (app_current_school(), $1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [s.name, s.kind, s.howToRefer, s.phone, s.email, s.website, userId],
    )) as { id: string }[];
    return this.service(row!.id);
  }

  async updateService(
    userId: string,
    serviceId: string,
    dto: UpdateServiceDto,
  ): Promise<ProfessionalService> {
    const s = this.checkedService(dto);
    const saved = (await this.db.manager.query(
      `WITH x AS (
         UPDATE professional_services SET name = $3, kind = $4, how_to_refer = $5, phone = $6, email = $7,
                website = $8, version = version + 1, updated_by = $9, updated_at = now()
          WHERE id = $1 AND version = $2
         RETURNING id)
       SELECT id FROM x`,
      [serviceId, dto.version, s.name, s.kind, s.howToRefer, s.phone, s.email, s.website, userId],
    )) as { id: string }[];
    if (saved.length === 0) await this.missingOrStale('professional_services', serviceId, 'this service');
    return this.service(serviceId);
  }

  /** Hides the service (and so its professionals) from the directory and the referral pickers. */
  async archiveService(
    userId: string,
    serviceId: string,
    dto: ArchiveDirectoryEntryDto,
  ): Promise<ProfessionalService> {
    const saved = (await this.db.manager.query(
      `WITH x AS (
         UPDATE professional_services SET archived_at = coalesce(archived_at, now()), version = version + 1,
                updated_by = $3, updated_at = now()
          WHERE id = $1 AND version = $2
         RETURNING id)
       SELECT id FROM x`,
      [serviceId, dto.version, userId],
    )) as { id: string }[];
    if (saved.length === 0) await this.missingOrStale('professional_services', serviceId, 'this service');
    return this.service(serviceId);
  }

  async createProfessional(userId: string, serviceId: string, dto: ProfessionalDto): Promise<Professional> {
    const service = await this.db.manager.query(`SELECT 1 FROM professional_services WHERE id = $1`, [
      serviceId,
    ]);
    if (service.length === 0) throw notFound();
    const p = this.checkedProfessional(dto);
    const [row] = (await this.db.manager.query(
      `INSERT INTO professionals (school_id, service_id, name, role, phone, email, updated_by)
       VALUES (app_current_school(), $1, $2, $3, $4, $5, $6) RETURNING id`,
      [serviceId, p.name, p.role, p.phone, p.email, userId],
    )) as { id: string }[];
    return this.professional(row!.id);
  }

  async updateProfessional(
    userId: string,
    professionalId: string,
    dto: UpdateProfessionalDto,
  ): Promise<Professional> {
    const p = this.checkedProfessional(dto);
    const saved = (await this.db.manager.query(
      `WITH x AS (
         UPDATE professionals SET name = $3, role = $4, phone = $5, email = $6, version = version + 1,
                updated_by = $7, updated_at = now()
          WHERE id = $1 AND version = $2
         RETURNING id)
       SELECT id FROM x`,
      [professionalId, dto.version, p.name, p.role, p.phone, p.email, userId],
    )) as { id: string }[];
    if (saved.length === 0) await this.missingOrStale('professionals', professionalId, 'this professional');
    return this.professional(professionalId);
  }

  async archiveProfessional(
    userId: string,
    professionalId: string,
    dto: ArchiveDirectoryEntryDto,
  ): Promise<Professional> {
    const saved = (await this.db.manager.query(
      `WITH x AS (
         UPDATE professionals SET archived_at = coalesce(archived_at, now()), version = version + 1,
                updated_by = $3, updated_at = now()
          WHERE id = $1 AND version = $2
         RETURNING id)
       SELECT id FROM x`,
      [professionalId, dto.version, userId],
    )) as { id: string }[];
    if (saved.length === 0) await this.missingOrStale('professionals', professionalId, 'this professional');
    return this.professional(professionalId);
  }

  private checkedService(dto: ServiceDto) {
    const { value, errors } = checkService(dto);
    if (errors.length) throw validationProblem(errors, 'Some of the service’s details need changing.');
    return value;
  }

  private checkedProfessional(dto: ProfessionalDto) {
    const { value, errors } = checkProfessional(dto);
    if (errors.length) throw validationProblem(errors, 'Some of the professional’s details need changing.');
    return value;
  }

  /** One service with all its professionals, archived or not (it was just written). */
  private async service(serviceId: string): Promise<ProfessionalService> {
    const [row] = (await this.db.manager.query(
      `SELECT ${SERVICE_JSON} AS service FROM professional_services s WHERE s.id = $2`,
      [true, serviceId],
    )) as { service: ServiceRow }[];
    if (!row) throw notFound();
    return withLabel(row.service);
  }

  private async professional(professionalId: string): Promise<Professional> {
    const [row] = (await this.db.manager.query(
      `SELECT ${PROFESSIONAL_JSON} AS professional FROM professionals p WHERE p.id = $1`,
      [professionalId],
    )) as { professional: Professional }[];
    if (!row) throw notFound();
    return row.professional;
  }

  /** After a versioned write that touched nothing: 404 when the row is not there, else 409. */
  private async missingOrStale(
    table: 'professional_services' | 'professionals',
    id: string,
    what: string,
  ): Promise<never> {
    const found = await this.db.manager.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id]);
    throw found.length ? staleVersion(what) : notFound();
  }
}
