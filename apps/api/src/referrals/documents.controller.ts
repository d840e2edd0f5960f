import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { DOCUMENT_MEDIA_TYPES, PUPIL_DOCUMENT_KINDS, type PupilDocument } from '@sendreg/contracts';
import type { Response } from 'express';
import { Requires } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { UuidParamPipe } from '../platform/http/uuid-param.pipe';
import { OpensOwnTransaction } from '../platform/tenancy/request-transaction.interceptor';
import { DOCUMENT_FILE_FIELD, DOCUMENT_UPLOAD, DocumentUploadProblems } from './document-upload';
import { DocumentsService, type UploadedDocumentFile } from './documents.service';
import { UploadDocumentDto } from './dto/referral.dto';

@ApiTags('documents')
@Controller('schools/:schoolId/pupils/:pupilId/documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Requires('document.write')
  @Post()
  @OpensOwnTransaction() // the transaction opens once the file is in memory and checked
  @HttpCode(201)
  @UseInterceptors(DocumentUploadProblems, FileInterceptor(DOCUMENT_FILE_FIELD, DOCUMENT_UPLOAD))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: [DOCUMENT_FILE_FIELD, 'title', 'kind', 'receivedOn'],
      properties: {
        [DOCUMENT_FILE_FIELD]: {
          type: 'string',
          format: 'binary',
          description: 'PDF, Word (DOCX or DOC), JPEG or PNG by content, up to 20 MB',
        },
        title: { type: 'string', maxLength: 200 },
        kind: { type: 'string', enum: [...PUPIL_DOCUMENT_KINDS] },
        receivedOn: { type: 'string', format: 'date' },
        referralId: { type: 'string', format: 'uuid' },
        recommendations: { type: 'string', description: 'One a line' },
      },
    },
  })
  @ApiCreatedResponse({ description: 'The document as stored (without its content), with its SHA-256' })
  @ApiBadRequestResponse({ description: 'Not a PDF, Word document, JPEG or PNG by content; a field wrong' })
  @ApiPayloadTooLargeResponse({ description: 'Larger than 20 MB' })
  upload(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @UploadedFile() file: UploadedDocumentFile | undefined,
    @Body() body: UploadDocumentDto,
  ): Promise<PupilDocument> {
    return this.documents.upload(auth, pupilId, file, body);
  }

  @Requires('document.read')
  @Get()
  @ApiOkResponse({ description: "The pupil's documents, newest received first, without their content" })
  list(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
  ): Promise<PupilDocument[]> {
    return this.documents.list(auth, pupilId);
  }

  @Requires('document.read')
  @Get(':documentId/file')
  @Header('Cache-Control', 'private, no-store')
  @Header('X-Content-Type-Options', 'nosniff')
  @ApiProduces(...Object.keys(DOCUMENT_MEDIA_TYPES))
  @ApiOkResponse({ description: 'The file, as an attachment (never shown inline)' })
  async file(
    @Auth() auth: RequestAuth,
    @Param('pupilId', UuidParamPipe) pupilId: string,
    @Param('documentId', UuidParamPipe) documentId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { content, mediaType, fileName } = await this.documents.file(auth, pupilId, documentId);
    // The stored name is already plain ASCII (safeFileName); filename* says the same for strict clients.
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    );
    return new StreamableFile(content, { type: mediaType, length: content.length });
  }
}
