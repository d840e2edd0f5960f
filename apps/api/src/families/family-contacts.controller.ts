import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FamilyContact } from '@sendreg/contracts';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { UuidParamPipe } from '../platform/http/uuid-param.pipe';
import { FamilyContactDto, RemoveFamilyContactDto, UpdateFamilyContactDto } from './dto/family-contact.dto';
import { FamilyContactsService } from './family-contacts.service';

/** A pupil's family contacts: the SENCO keeps them, the head reads them, nobody else sees them. */
@ApiTags('family contacts')
@Controller('schools/:schoolId/pupils/:pupilId/family-contacts')
export class FamilyContactsController {
  constructor(private readonly contacts: FamilyContactsService) {}

  @Requires('family.read')
  @Get()
  @ApiOkResponse({ description: 'The contacts in contact order (removed ones left out)' })
  list(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
  ): Promise<FamilyContact[]> {
    return this.contacts.list(auth, pupilId);
  }

  @Requires('family.write')
  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'The contact as kept' })
  @ApiBadRequestResponse({ description: 'Field by field: what is missing or not as it should be' })
  create(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Body() body: FamilyContactDto,
  ): Promise<FamilyContact> {
    return this.contacts.create(auth, pupilId, body);
  }

  @Requires('family.write')
  @Put(':contactId')
  @ApiOkResponse({ description: 'The contact as saved, at its next version' })
  @ApiBadRequestResponse({ description: 'Field by field: what is missing or not as it should be' })
  @ApiConflictResponse({ description: 'Someone else changed the contact since it was read' })
  update(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Param('contactId', UuidParamPipe) contactId: string,
    @Body() body: UpdateFamilyContactDto,
  ): Promise<FamilyContact> {
    return this.contacts.update(auth, pupilId, contactId, body);
  }

  @Requires('family.write')
  @Post(':contactId/remove')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed from the list (kept in the database)' })
  @ApiConflictResponse({ description: 'Someone else changed the contact since it was read' })
  remove(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Param('contactId', UuidParamPipe) contactId: string,
    @Body() body: RemoveFamilyContactDto,
  ): Promise<void> {
    return this.contacts.remove(auth, pupilId, contactId, body);
  }
}
