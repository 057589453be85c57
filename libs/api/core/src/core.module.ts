import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { ActivityLog } from './activity/activity-log.service';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { UnitOfWork } from './database/transactions';
import { CoreResolver } from './graphql/core.resolver';
import { NodeRegistry } from './graphql/node.registry';
import { HealthController } from './http/health.controller';
import { JobsService } from './jobs/jobs.service';
import { MailService } from './mail/mail.service';
import { VisibilityPolicy } from './policy/visibility.policy';
import { SearchEngine } from './search/search-engine';
import { SearchService } from './search/search.service';
import { SearchSync } from './search/search-sync.service';
import { FileStorage, LocalFileStorage } from './storage/file-storage';
import { S3FileStorage } from './storage/s3-file-storage';

const services: Provider[] = [
  ActivityLog,
  JobsService,
  MailService,
  VisibilityPolicy,
  SearchEngine,
  SearchSync,
  SearchService,
  UnitOfWork,
  NodeRegistry,
];

/** Cross-cutting services every feature may inject. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      controllers: [HealthController],
      providers: [{ provide: APP_CONFIG, useValue: config }, { provide: FileStorage, useFactory: () => (config.s3 ? new S3FileStorage(config.s3) : new LocalFileStorage(config.storageDir)) }, CoreResolver, ...services],
      exports: [APP_CONFIG, FileStorage, ...services],
    };
  }
}
