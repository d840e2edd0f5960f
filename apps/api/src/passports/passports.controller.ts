import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Put,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type {
  Passport,
  PassportDraft,
  PassportPhotoUploaded,
  PassportReceipt,
  PassportVersion,
} from '@sendreg/contracts';
import type { Response } from 'express';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { UuidParamPipe } from '../platform/http/uuid-param.pipe';
import { OpensOwnTransaction } from '../platform/tenancy/request-transaction.interceptor';
import { PublishPassportDto, SavePassportDraftDto } from './dto/passport.dto';
import { PassportPhotosService, UploadedPhotoFile } from './passport-photos.service';
import { PHOTO_UPLOAD, PhotoUploadProblems, VersionNumberPipe } from './passport-upload';
import { PassportsService } from './passports.service';

@ApiTags('passports')
@Controller('schools/:schoolId/pupils/:pupilId/passport')
export class PassportsController {
  constructor(
    private readonly passports: PassportsService,
    private readonly photos: PassportPhotosService,
  ) {}

  @Requires('passport.read')
  @Get()
  @ApiOkResponse({
    description:
      'The current version, what changed since I last confirmed reading, and the draft for the SENCO',
  })
  get(@Auth() auth: RequestAuth, @Param('pupilId', UuidParamPipe) pupilId: string): Promise<Passport> {
    return this.passports.get(auth, pupilId);
  }

  @Requires('passport.write')
  @Put('draft')
  @ApiOkResponse({ description: 'The draft as saved' })
  @ApiBadRequestResponse({
    description: 'A section is unknown, too long, or an empty item; or a photo of another pupil',
  })
  @ApiConflictResponse({ description: 'Someone else saved the draft since it was read' })
  saveDraft(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Body() body: SavePassportDraftDto,
  ): Promise<PassportDraft> {
    return this.passports.saveDraft(auth, pupilId, body);
  }

  @Requires('passport.write')
  @Post('photo')
  @OpensOwnTransaction() // the transaction opens once the photo is in memory and re-encoded
  @HttpCode(201)
  @UseInterceptors(PhotoUploadProblems, FileInterceptor('photo', PHOTO_UPLOAD))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['photo'],
      properties: { photo: { type: 'string', format: 'binary', description: 'JPEG or PNG, up to 5 MB' } },
    },
  })
  @ApiCreatedResponse({
    description: 'The photo, re-encoded without its metadata; save the draft with its id to use it',
  })
  @ApiBadRequestResponse({ description: 'Not a JPEG or PNG photo, or one that cannot be read' })
  @ApiPayloadTooLargeResponse({ description: 'Larger than 5 MB' })
  uploadPhoto(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @UploadedFile() file: UploadedPhotoFile | undefined,
  ): Promise<PassportPhotoUploaded> {
    return this.photos.upload(auth, pupilId, file);
  }

  @Requires('passport.read')
  @Get('photos/:photoId')
  @Header('Cache-Control', 'private, no-store')
  @Header('X-Content-Type-Options', 'nosniff')
  @ApiProduces('image/jpeg', 'image/png')
  @ApiOkResponse({
    description: "The photo of the pupil's current passport (the SENCO: any photo of the pupil)",
  })
  async photo(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Param('photoId', UuidParamPipe) photoId: string,
  ): Promise<StreamableFile> {
    const { content, mediaType } = await this.photos.read(auth, pupilId, photoId);
    return new StreamableFile(content, { type: mediaType, length: content.length });
  }

  @Requires('passport.write')
  @Post('publish')
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'The draft, published as the next version' })
  @ApiBadRequestResponse({ description: 'Nothing to publish, or no note of what changed' })
  @ApiConflictResponse({ description: 'Someone else saved the draft since it was read' })
  publish(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Body() body: PublishPassportDto,
  ): Promise<PassportVersion> {
    return this.passports.publish(auth, pupilId, body);
  }

  @Requires('passport.read')
  @Get('versions')
  @ApiOkResponse({ description: 'Every published version, newest first' })
  versions(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
  ): Promise<PassportVersion[]> {
    return this.passports.versions(auth, pupilId);
  }

  @Requires('passport.read')
  @Get('versions/:number')
  @ApiOkResponse({ description: 'One published version' })
  version(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Param('number', VersionNumberPipe) number: number,
  ): Promise<PassportVersion> {
    return this.passports.version(auth, pupilId, number);
  }

  @Requires('passport.acknowledge')
  @Post('versions/:number/receipt')
  @ApiCreatedResponse({ description: 'I confirm I have read this version' })
  @ApiOkResponse({ description: 'Already confirmed: the first confirmation is kept' })
  @ApiBadRequestResponse({ description: 'A newer version exists: confirm that one' })
  async confirmRead(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Param('number', VersionNumberPipe) number: number,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PassportReceipt> {
    const { receipt, created } = await this.passports.confirmRead(auth, pupilId, number);
    res.status(created ? 201 : 200);
    return receipt;
  }
}
