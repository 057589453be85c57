import { LoaderFactory, MaybeActor } from '@commonground/api-core';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { AmplificationEntity, OpportunityFileEntity, RegistrationEntity, RegistrationStatus } from './clearinghouse.entities';

const grouped = <T>(keys: readonly string[], rows: T[], keyOf: (r: T) => string) => keys.map((k) => rows.filter((r) => keyOf(r) === k));

export interface SeatCounts {
  confirmed: number;
  waitlisted: number;
}

/** Per-request loaders of the clearinghouse (one query per field, whatever the page size). */
@Injectable()
export class ClearinghouseLoaders implements LoaderFactory<ReturnType<ClearinghouseLoaders['createLoaders']>> {
  constructor(private readonly dataSource: DataSource) {}

  createLoaders(actor: MaybeActor) {
    const ds = this.dataSource;
    return {
      amplifications: new DataLoader<string, AmplificationEntity[]>(async (ids) =>
        grouped(ids, await ds.getRepository(AmplificationEntity).find({ where: { opportunityId: In([...ids]) }, order: { createdAt: 'ASC' } }), (r) => r.opportunityId),
      ),
      files: new DataLoader<string, OpportunityFileEntity[]>(async (ids) =>
        grouped(ids, await ds.getRepository(OpportunityFileEntity).find({ where: { opportunityId: In([...ids]) }, order: { createdAt: 'ASC' } }), (r) => r.opportunityId),
      ),
      seats: new DataLoader<string, SeatCounts>(async (ids) => {
        const rows: Array<{ id: string; confirmed: number; waitlisted: number }> = await ds.query(
          `SELECT opportunity_id AS id, count(*) FILTER (WHERE status = 'CONFIRMED')::int AS confirmed, count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted
             FROM opportunity_registrations WHERE opportunity_id = ANY($1) GROUP BY opportunity_id`,
          [[...ids]],
        );
        return ids.map((id) => rows.find((r) => r.id === id) ?? { confirmed: 0, waitlisted: 0 });
      }),
      /** the viewer's live registration and, when waiting, its place in the queue */
      viewerRegistration: new DataLoader<string, { registration: RegistrationEntity; position: number | null } | null>(async (ids) => {
        if (!actor) return ids.map(() => null);
        const mine = await ds.getRepository(RegistrationEntity).findBy({ opportunityId: In([...ids]), userId: actor.userId, status: In([RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED]) });
        const waiting = mine.filter((r) => r.status === RegistrationStatus.WAITLISTED);
        const positions: Array<{ id: string; position: number }> = waiting.length
          ? await ds.query(
              `SELECT w.id, (SELECT count(*)::int FROM opportunity_registrations q
                              WHERE q.opportunity_id = w.opportunity_id AND q.status = 'WAITLISTED' AND (q.created_at, q.id) <= (w.created_at, w.id)) AS position
                 FROM opportunity_registrations w WHERE w.id = ANY($1)`,
              [waiting.map((w) => w.id)],
            )
          : [];
        return ids.map((id) => {
          const registration = mine.find((r) => r.opportunityId === id);
          return registration ? { registration, position: positions.find((p) => p.id === registration.id)?.position ?? null } : null;
        });
      }),
      viewerReminders: new DataLoader<string, number[]>(async (ids) => {
        if (!actor) return ids.map(() => []);
        const rows: Array<{ opportunity_id: string; days_before: number }> = await ds.query(
          'SELECT opportunity_id, days_before FROM deadline_reminders WHERE user_id = $1 AND opportunity_id = ANY($2) ORDER BY days_before DESC',
          [actor.userId, [...ids]],
        );
        return ids.map((id) => rows.filter((r) => r.opportunity_id === id).map((r) => r.days_before));
      }),
    };
  }
}
