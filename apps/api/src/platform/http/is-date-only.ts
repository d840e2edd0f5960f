import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';

/**
 * A calendar date written YYYY-MM-DD that exists (2026-02-30 does not). One message for both checks,
 * since to the person filling the form they are one mistake.
 */
export const IsDateOnly = (message: string) =>
  applyDecorators(Matches(/^\d{4}-\d{2}-\d{2}$/, { message }), IsISO8601({ strict: true }, { message }));
