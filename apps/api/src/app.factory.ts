import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { AppModule } from './app.module';
import type { AppConfig } from './platform/config/app-config';
import { ProblemDetailsFilter } from './platform/http/problem-details.filter';
import { createValidationPipe } from './platform/http/validation';

export const BODY_LIMIT = '1mb';

/** Builds the Nest application with everything every request passes through. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  poolSize: number,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, databaseUrl, poolSize),
    {
      bufferLogs: true,
      bodyParser: false,
    },
  );
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'upgrade-insecure-requests': null,
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
        },
      },
    }),
  );
  app.use(cookieParser());
  app.useBodyParser('json', { limit: BODY_LIMIT, type: ['application/json', 'application/*+json'] });
  app.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: false });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  serveSpa(app, config.webDistDir);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('SEND Register API')
      .setDescription(
        'SEND register and provision mapping for schools and trusts. Errors are RFC 9457 problem details.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  await app.init();
  // Errors raised before Nest's router (bad JSON, oversized bodies) still leave as problem details.
  const filter = new ProblemDetailsFilter();
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const problem = filter.toProblem(err);
    if (req.id) problem.requestId = String(req.id);
    res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  });
  return app;
}

/** The built SPA from the same port: static assets, and index.html for any non-API page. */
function serveSpa(app: INestApplication, webDistDir: string): void {
  const index = path.join(webDistDir, 'index.html');
  if (!existsSync(index)) return;
  app.use(express.static(webDistDir, { index: false, maxAge: '1h', immutable: false }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path === '/api' || req.path.startsWith('/api/')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
