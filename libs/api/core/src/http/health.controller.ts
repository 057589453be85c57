import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Access } from '../auth/access.decorator';
import { SearchEngine } from '../search/search-engine';

@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly search: SearchEngine,
  ) {}

  /** The process is up. */
  @Get('live')
  @Access('public')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  /** The process can serve: the database answers, and so does the search engine. */
  @Get('ready')
  @Access('public')
  async ready(@Res() res: Response) {
    const database = await this.dataSource
      .query('SELECT 1')
      .then(() => 'ok' as const)
      .catch(() => 'down' as const);
    const search = (await this.search.healthy()) ? 'ok' : 'down';
    const ready = database === 'ok' && search === 'ok';
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'degraded', database, search });
  }
}
