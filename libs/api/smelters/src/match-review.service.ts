import { Actor, UnitOfWork, badInput, conflict, notFound, requireId } from '@commonground/api-core';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MatchMethod, MatchReviewEntity, SmelterEntity } from './smelters.entities';

/**
 * The review queue: reported names the matcher was unsure of. A person
 * confirms one candidate (or any smelter of the same metal) or rejects them
 * all; the decision applies to every row waiting on it and is remembered, so
 * the next upload with the same reported name and country asks nothing.
 */
@Injectable()
export class MatchReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  /** Open review items of the actor's organization, the ones blocking most rows first. */
  async open(actor: Actor, first: number | null | undefined): Promise<Array<MatchReviewEntity & { rowCount: number }>> {
    const limit = first ?? 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw badInput('first', 'first must be between 1 and 200.');
    const rows: Array<{ id: string; row_count: number }> = await this.dataSource.query(
      `SELECT r.id, (SELECT count(*)::int FROM declared_smelters d JOIN declarations x ON x.id = d.declaration_id AND x.is_current WHERE d.review_id = r.id) AS row_count
         FROM match_reviews r WHERE r.organization_id = $1 AND r.resolved_at IS NULL
        ORDER BY row_count DESC, r.created_at LIMIT $2`,
      [actor.organizationId, limit],
    );
    if (!rows.length) return [];
    const reviews = await this.dataSource.getRepository(MatchReviewEntity).findByIds(rows.map((r) => r.id));
    return rows.map((r) => Object.assign(reviews.find((x) => x.id === r.id)!, { rowCount: r.row_count }));
  }

  async resolve(actor: Actor, id: string, smelterId: string | null | undefined, now = new Date()): Promise<MatchReviewEntity & { rowCount: number }> {
    requireId(id, 'id');
    if (smelterId) requireId(smelterId, 'smelterId');
    return this.uow.run(async (manager) => {
      const review = await manager.findOne(MatchReviewEntity, { where: { id, organizationId: actor.organizationId! }, lock: { mode: 'pessimistic_write' } });
      if (!review) throw notFound('The review item');
      if (review.resolvedAt) throw conflict('This review item was already decided.');
      if (smelterId) {
        const smelter = await manager.findOneBy(SmelterEntity, { id: smelterId });
        if (!smelter) throw badInput('smelterId', 'No such smelter.');
        if (smelter.metal !== review.metal) throw badInput('smelterId', `The reported smelter processes ${review.metal.toLowerCase()}; this one processes ${smelter.metal.toLowerCase()}.`);
      }
      Object.assign(review, { resolvedSmelterId: smelterId ?? null, resolvedByUserId: actor.userId, resolvedAt: now });
      await manager.save(MatchReviewEntity, review);
      const [, rowCount]: [unknown, number] = await manager.query(
        `UPDATE declared_smelters SET smelter_id = $2, match_method = $3, confidence = $4 WHERE review_id = $1`,
        [id, smelterId ?? null, smelterId ? MatchMethod.MANUAL : MatchMethod.NONE, smelterId ? 1 : 0],
      );
      return Object.assign(review, { rowCount });
    });
  }

}

