import 'reflect-metadata';
import { AppConfig, AppError, HttpErrorFilter, QueryCounter, jsonBodyWithLimit, loadConfig, serveWebClient } from '@commonground/api-core';
import { ArgumentMetadata, BadRequestException, INestApplication, Logger, ValidationError, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { AppModule } from './app.module';

/** The first failing field of a class-validator error tree, as a dotted path. */
function firstFailure(errors: ValidationError[], prefix = ''): { field: string; message: string } | null {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) return { field, message: Object.values(error.constraints)[0] };
    const nested = firstFailure(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/**
 * class-validator on every argument; the first failing field is named with
 * its argument, e.g. `input.email` or `amount.currency`.
 */
class NamedValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata) {
    // an optional argument given as null is absent, not an empty object to validate
    if (value === null || value === undefined) return value;
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof AppError && error.field && metadata.data) {
        throw new AppError('BAD_USER_INPUT', error.message, { field: `${metadata.data}.${error.field}` });
      }
      throw error;
    }
  }
}

export function validationPipe() {
  return new NamedValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors: ValidationError[]) => {
      const failure = firstFailure(errors);
      if (!failure) return new BadRequestException('Invalid input');
      return new AppError('BAD_USER_INPUT', failure.message, { field: failure.field });
    },
  });
}

/** Builds the Nest application with every middleware; does not listen. */
export async function createApp(config: AppConfig, options: { logger?: false } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    abortOnError: false,
    logger: options.logger === false ? false : config.nodeEnv === 'production' ? ['error', 'warn'] : ['error', 'warn', 'log'],
  });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  // counts SQL statements per request for tests and the benchmark; off in production (AsyncLocalStorage costs CPU)
  if (config.nodeEnv !== 'production') app.use((_req: unknown, _res: unknown, next: () => void) => QueryCounter.run(next));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(cookieParser());
  app.use(jsonBodyWithLimit(config.maxRequestBytes));
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new HttpErrorFilter());
  serveWebClient(app.getHttpAdapter().getInstance(), config.webDist);
  app.enableShutdownHooks();
  return app;
}

export async function startServer(config: AppConfig): Promise<INestApplication> {
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  new Logger('Common Ground').log(`listening on ${config.publicUrl}`);
  return app;
}

if (require.main === module) {
  startServer(loadConfig()).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
