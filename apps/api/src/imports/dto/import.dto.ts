import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export type {
  CsvPreview,
  ImportDryRun,
  ImportProblem,
  ImportResult,
  ImportSummary,
} from '@sendreg/contracts';

/** The text fields of a CSV import's multipart form (the file is the part named `file`). */
export class CsvImportForm {
  @ApiPropertyOptional({
    description: 'JSON object: our field name -> CSV header name, e.g. {"upn":"UPN","dateOfBirth":"DOB"}',
  })
  @IsString({ message: 'mapping must be a JSON object of our field names to CSV header names' })
  @MaxLength(10_000, { message: 'mapping must be 10,000 characters or fewer' })
  mapping!: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: "dryRun must be 'true' or 'false'" })
  dryRun?: 'true' | 'false';
}

/** The text fields of a CTF import's multipart form. */
export class CtfImportForm {
  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: "dryRun must be 'true' or 'false'" })
  dryRun?: 'true' | 'false';
}
