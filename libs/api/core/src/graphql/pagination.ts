import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../errors/app-error';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Builds the Edge and Connection object types of a node type (Relay). */
export function connectionType<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field() cursor: string;
    @Field(() => node) node: T;
  }
  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType]) edges: EdgeType[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int) totalCount: number;
  }
  return ConnectionType as Type<Connection<T>>;
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput('first', `first must be between 0 and ${MAX_PAGE_SIZE}.`);
  }
  return first;
}

/** Cursors are opaque: base64url of [sort key, id]. */
export function encodeCursor(sortKey: string | number | null, id: string): string {
  return Buffer.from(JSON.stringify([sortKey, id])).toString('base64url');
}

export function decodeCursor(cursor: string): [string | number | null, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[1] === 'string') return value as [string | number | null, string];
  } catch {
    // fall through
  }
  throw badInput('after', 'after is not a cursor of this list.');
}

export interface KeysetOrder<T> {
  /** SQL expression of the sort key, e.g. `lower(o.name)` */
  expression: string;
  /** the same key read from a loaded row */
  key: (row: T) => string | number | null;
  /** SQL expression of the unique tie-breaker, e.g. `o.id` */
  idExpression: string;
  id: (row: T) => string;
  direction?: 'ASC' | 'DESC';
}

/**
 * Keyset pagination of a query builder: two statements whatever the page
 * size (the page and its total count), stable under inserts.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  args: { first?: number | null; after?: string | null },
  order: KeysetOrder<T>,
): Promise<Connection<T>> {
  const size = pageSize(args.first);
  const direction = order.direction ?? 'ASC';
  const totalCount = await query.clone().orderBy().getCount();
  const page = query.clone();
  if (args.after) {
    const [key, id] = decodeCursor(args.after);
    const op = direction === 'ASC' ? '>' : '<';
    page.andWhere(`(${order.expression}, ${order.idExpression}) ${op} (:cursorKey, :cursorId)`, { cursorKey: key, cursorId: id });
  }
  page.orderBy(order.expression, direction).addOrderBy(order.idExpression, direction).take(size + 1);
  const rows = size === 0 ? [] : await page.getMany();
  const hasNextPage = rows.length > size;
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(order.key(node), order.id(node)), node }));
  return { edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}

/** Maps the nodes of a connection (entity -> GraphQL object). */
export function mapConnection<A, B>(connection: Connection<A>, map: (a: A) => B): Connection<B> {
  return { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: map(e.node) })) };
}
