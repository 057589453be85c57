import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MaybeActor } from '../auth/actor';
import { AppError, isUuid } from '../errors/app-error';

export interface NodeType {
  /** the GraphQL type name */
  typename: string;
  /** the table whose primary key `id` holds this type's ids */
  table: string;
  /** the object as the actor may see it, or null */
  load(actor: MaybeActor, id: string): Promise<object | null>;
}

/**
 * Resolves `node(id)`. Ids are UUIDs, unique across tables, so one UNION
 * statement finds the type and the owning feature loads it through its own
 * visibility rules.
 */
@Injectable()
export class NodeRegistry {
  private readonly types: NodeType[] = [];

  constructor(private readonly dataSource: DataSource) {}

  register(type: NodeType) {
    this.types.push(type);
  }

  async resolve(actor: MaybeActor, id: string): Promise<(object & { __typename: string }) | null> {
    if (!isUuid(id) || !this.types.length) return null;
    const sql = this.types.map((t, i) => `SELECT ${i} AS t FROM "${t.table}" WHERE id = $1`).join(' UNION ALL ');
    const [row] = await this.dataSource.query(`${sql} LIMIT 1`, [id]);
    if (!row) return null;
    const type = this.types[row.t];
    // a type's loader may refuse with NOT_FOUND or FORBIDDEN: to node() that is simply nothing
    const value = await type.load(actor, id).catch((error: unknown) => {
      if (error instanceof AppError && ['NOT_FOUND', 'FORBIDDEN'].includes(String(error.extensions.code))) return null;
      throw error;
    });
    return value ? { ...value, __typename: type.typename } : null;
  }
}
