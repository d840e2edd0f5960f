import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Me } from '@sendreg/contracts';
import { SignedIn } from './access.decorators';
import { Auth, RequestAuth } from './principal';

@ApiTags('auth')
@Controller('me')
export class MeController {
  @SignedIn()
  @Get()
  @ApiOkResponse({
    description: 'The signed-in person, their school and trust memberships, roles and grants',
  })
  me(@Auth() auth: RequestAuth): Me {
    const { principal } = auth;
    return {
      id: principal.userId,
      email: principal.email,
      displayName: principal.displayName,
      schools: principal.schools,
      trusts: principal.trusts,
    };
  }
}
