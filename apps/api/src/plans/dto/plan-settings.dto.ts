import { ApiProperty } from '@nestjs/swagger';
import { REVIEWS_PER_YEAR_CHOICES, type SavePlanSettingsRequest } from '@sendreg/contracts';
import { IsIn, IsInt, Min } from 'class-validator';

export class SavePlanSettingsDto implements SavePlanSettingsRequest {
  @ApiProperty({ enum: [...REVIEWS_PER_YEAR_CHOICES], description: 'Reviews of each support plan a year' })
  @IsIn([...REVIEWS_PER_YEAR_CHOICES], {
    message: `Choose how many reviews a year: ${REVIEWS_PER_YEAR_CHOICES.join(', ')}`,
  })
  reviewsPerYear!: number;

  @ApiProperty({ description: 'The settings version as last read; 0 when never saved', minimum: 0 })
  @IsInt({ message: 'version must be a whole number' })
  @Min(0, { message: 'version must be 0 or more' })
  version!: number;
}
