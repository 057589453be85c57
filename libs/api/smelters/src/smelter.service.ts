import { Connection, MaybeActor, SearchSync, UnitOfWork, badInput, containsPattern, notFound, paginate, requireId } from '@commonground/api-core';
import { SMELTERS, isCountry, normalizeCid } from '@commonground/shared-reference';
import { Injectable, Logger } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { SmelterIndex } from './matching/matcher';
import { AssessmentStatus, Metal, SmelterEntity } from './smelters.entities';

export const SMELTER_KIND = 'SMELTER';
/** The largest status CSV accepted (characters): the whole registry with room to spare. */
export const MAX_STATUS_CSV = 2_000_000;

type IndexedSmelter = { id: string; cid: string | null; metal: Metal; country: string; names: string[] };

/**
 * The smelter and refiner registry. The RMI reference data shipped with the
 * product is written into the table at boot (new CIDs added, nothing
 * overwritten), so every smelter is there from the first start.
 */
@Injectable()
export class SmelterService {
  private readonly logger = new Logger(SmelterService.name);
  private index: { at: number; value: SmelterIndex<IndexedSmelter> } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly search: SearchSync,
    private readonly uow: UnitOfWork,
  ) {}

  /** Adds the shipped registry entries that are missing (one statement); returns how many were added. */
  async syncRegistry(): Promise<number> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `INSERT INTO smelters (cid, name, aliases, metal, country, city, state_province, source)
       SELECT r.cid, r.name, ARRAY(SELECT jsonb_array_elements_text(r.aliases)), r.metal::metal, r.country, r.city, r.state, r.source
         FROM jsonb_to_recordset($1::jsonb) AS r(cid text, name text, aliases jsonb, metal text, country text, city text, state text, source text)
       ON CONFLICT (cid) DO NOTHING
       RETURNING id`,
      [JSON.stringify(SMELTERS.map((s) => ({ cid: s.cid, name: s.standardName, aliases: s.aliases, metal: s.metal, country: s.country, city: s.city, state: s.state, source: s.source })))],
    );
    if (rows.length) {
      this.index = null;
      await this.uow.run((manager) => this.search.enqueue(manager, SMELTER_KIND, rows.map((r) => r.id)));
      this.logger.log(`smelter registry: ${rows.length} smelters added`);
    }
    return rows.length;
  }

  /** The matching index over the registry, rebuilt when the registry changed (kept a minute at most). */
  async matchingIndex(): Promise<SmelterIndex<IndexedSmelter>> {
    if (this.index && Date.now() - this.index.at < 60_000) return this.index.value;
    const rows: Array<{ id: string; cid: string | null; metal: Metal; country: string; name: string; aliases: string[] }> = await this.dataSource.query('SELECT id, cid, metal, country, name, aliases FROM smelters');
    const value = new SmelterIndex(rows.map((r) => ({ id: r.id, cid: r.cid, metal: r.metal, country: r.country, names: [r.name, ...r.aliases.filter((a) => a !== r.name)] })));
    this.index = { at: Date.now(), value };
    return value;
  }

  async find(id: string | null | undefined, cid: string | null | undefined): Promise<SmelterEntity | null> {
    const repo = this.dataSource.getRepository(SmelterEntity);
    if (id) {
      requireId(id, 'id');
      return repo.findOneBy({ id });
    }
    if (cid) {
      const canonical = normalizeCid(cid);
      if (!canonical) throw badInput('cid', `"${cid}" is not a Smelter Identification Number (CID000123).`);
      return repo.findOneBy({ cid: canonical });
    }
    throw badInput('id', 'Give the id or the CID of the smelter.');
  }

  async get(id: string, field = 'smelterId'): Promise<SmelterEntity> {
    requireId(id, field);
    const s = await this.dataSource.getRepository(SmelterEntity).findOneBy({ id });
    if (!s) throw notFound('The smelter');
    return s;
  }


  list(
    _actor: MaybeActor,
    args: { first?: number | null; after?: string | null; query?: string | null; metals?: Metal[] | null; countries?: string[] | null; statuses?: AssessmentStatus[] | null },
  ): Promise<Connection<SmelterEntity>> {
    const q = this.dataSource.getRepository(SmelterEntity).createQueryBuilder('s');
    if (args.metals?.length) q.andWhere('s.metal IN (:...metals)', { metals: args.metals });
    if (args.countries?.length) {
      args.countries.forEach((c) => {
        if (!isCountry(c)) throw badInput('countries', `Unknown country code ${c}.`);
      });
      q.andWhere('s.country IN (:...countries)', { countries: args.countries });
    }
    if (args.statuses?.length) q.andWhere('s.status IN (:...statuses)', { statuses: args.statuses });
    const text = args.query?.trim();
    if (text) {
      const cid = normalizeCid(text);
      if (cid && /\d{3,}/.test(text)) q.andWhere('s.cid = :cid', { cid });
      else q.andWhere(`(s.name ILIKE :t OR array_to_string(s.aliases, ' ') ILIKE :t OR s.city ILIKE :t)`, { t: containsPattern(text, 'query', 200) });
    }
    return paginate(q, args, { expression: 's.name', key: (s) => s.name, idExpression: 's.id', id: (s) => s.id, direction: 'ASC' });
  }

  /**
   * Updates assessment statuses from a CSV with the columns `cid,status[,as_of]`
   * (header required). All or nothing: one bad line refuses the whole file, naming the line.
   */
  async importStatuses(csv: string, now = new Date()): Promise<number> {
    if (csv.length > MAX_STATUS_CSV) throw badInput('csv', `The file is too large (${MAX_STATUS_CSV} characters at most).`);
    let records: Array<Record<string, string>>;
    try {
      records = parse(csv, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true });
    } catch (error) {
      throw badInput('csv', `The CSV cannot be read: ${(error as Error).message}`);
    }
    if (!records.length) throw badInput('csv', 'The CSV has no rows.');
    if (!('cid' in records[0]) || !('status' in records[0])) throw badInput('csv', 'The CSV needs the columns cid and status (and optionally as_of).');
    const statuses = Object.values(AssessmentStatus) as string[];
    const updates = records.map((r, i) => {
      const line = i + 2;
      const cid = normalizeCid(r.cid);
      if (!cid) throw badInput('csv', `Line ${line}: "${r.cid}" is not a CID.`);
      const status = r.status.toUpperCase().replace(/[\s-]+/g, '_');
      if (!statuses.includes(status)) throw badInput('csv', `Line ${line}: unknown status "${r.status}" (use ${statuses.join(', ')}).`);
      const asOf = r.as_of ? new Date(r.as_of) : now;
      if (Number.isNaN(asOf.getTime())) throw badInput('csv', `Line ${line}: "${r.as_of}" is not a date.`);
      return { cid, status, asOf: asOf.toISOString(), line };
    });
    return this.uow.run(async (manager) => {
      // TypeORM answers an UPDATE … RETURNING with [rows, affected]
      const [found]: [Array<{ id: string; cid: string }>, number] = await manager.query(
        `UPDATE smelters s SET status = u.status::assessment_status, status_as_of = u.as_of
           FROM jsonb_to_recordset($1::jsonb) AS u(cid text, status text, as_of timestamptz)
          WHERE s.cid = u.cid RETURNING s.id, s.cid`,
        [JSON.stringify(updates.map((u) => ({ cid: u.cid, status: u.status, as_of: u.asOf })))],
      );
      const missing = updates.filter((u) => !found.some((f) => f.cid === u.cid));
      if (missing.length) throw badInput('csv', `Line ${missing[0].line}: no smelter has the CID ${missing[0].cid}.`);
      await this.search.enqueue(manager, SMELTER_KIND, found.map((f) => f.id));
      return found.length;
    });
  }
}
