import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, validationProblem } from './problem';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.startsWith('property ') ? `${field} is not a field this endpoint accepts` : message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Whitelisted, no unknown fields, no implicit type conversion; errors field by field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    // One message per field, as a person fixing a form needs.
    stopAtFirstError: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationProblem(flatten(errors)),
  });
}
