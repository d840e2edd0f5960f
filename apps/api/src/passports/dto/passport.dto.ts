import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PASSPORT_CHANGE_NOTE_MAX_CHARS,
  type PassportContent,
  type PassportNudgeRequest,
  type PublishPassportRequest,
  type SavePassportDraftRequest,
} from '@sendreg/contracts';
import { IsInt, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';

export class SavePassportDraftDto implements SavePassportDraftRequest {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "Each section's text, or a list section's items, by section key (PASSPORT_SECTIONS)",
    example: { aboutMe: 'I love dinosaurs and drawing.', howToHelp: ['Sit me near the front'] },
  })
  @IsObject({ message: "content must be the passport's sections, by name" })
  content!: PassportContent;

  @ApiProperty({ description: "The draft's version as last read; 0 when there is no draft yet", minimum: 0 })
  @IsInt({ message: 'version must be a whole number' })
  @Min(0, { message: 'version must be 0 or more' })
  version!: number;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: 'Leave out to keep the photo, null to remove it, or the id of an uploaded photo',
  })
  @IsOptional()
  @IsUUID('all', { message: 'photoId must be the id of an uploaded photo' })
  photoId?: string | null;
}

export class PublishPassportDto implements PublishPassportRequest {
  @ApiProperty({ description: 'What changed, in a sentence, shown to every reader', maxLength: 500 })
  @IsString({ message: 'Say what changed, in a sentence' })
  @Matches(/\S/, { message: 'Say what changed, in a sentence' })
  @MaxLength(PASSPORT_CHANGE_NOTE_MAX_CHARS, {
    message: `Keep the note of what changed to ${PASSPORT_CHANGE_NOTE_MAX_CHARS} characters or fewer`,
  })
  changeNote!: string;

  @ApiProperty({ description: 'The draft version being published', minimum: 1 })
  @IsInt({ message: 'draftVersion must be a whole number' })
  @Min(1, { message: 'draftVersion must be 1 or more' })
  draftVersion!: number;
}

export class PassportNudgeDto implements PassportNudgeRequest {
  @ApiProperty({ format: 'uuid', description: 'The member of staff to remind' })
  @IsUUID('all', { message: 'Choose the member of staff to remind' })
  userId!: string;
}

export class MyPassportsQuery {
  @ApiPropertyOptional({ description: 'Part of a pupil name (never logged)' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'q must be 100 characters or fewer' })
  q?: string;
}
