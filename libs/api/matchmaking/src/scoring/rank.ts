// Ranking: projects for a donor, donors for a project. Eligible pairs only,
// score descending, ties by id ascending (code-unit order, not locale order),
// so the same data always gives the same list whatever the input order.
// With a limit, a bounded heap keeps the best `limit` pairs: O(n log limit),
// and reasons are written only for the pairs returned.

import { explain, prepareDonor, scoreTenths, type PreparedDonor } from './score';
import type { MatchResult, ScoringContext, ScoringDonor, ScoringProject } from './scoring.types';

export interface RankedProject {
  /** the project's id */
  id: string;
  result: MatchResult;
  project: ScoringProject;
}

export interface RankedDonor {
  /** the donor's id */
  id: string;
  result: MatchResult;
  donor: ScoringDonor;
}

interface Entry<T> {
  tenths: number;
  id: string;
  item: T;
  pd: PreparedDonor;
  project: ScoringProject;
}

/** a ranks before b */
function before<T>(a: Entry<T>, b: Entry<T>): boolean {
  return a.tenths > b.tenths || (a.tenths === b.tenths && a.id < b.id);
}

const order = <T>(a: Entry<T>, b: Entry<T>) => (before(a, b) ? -1 : before(b, a) ? 1 : 0);

/**
 * Keeps the best `limit` entries. A binary heap with the worst kept entry at
 * the root: a new entry only goes in when it ranks before that one.
 */
class TopK<T> {
  private readonly heap: Entry<T>[] = [];
  constructor(private readonly limit: number) {}

  /** true when an entry like this would be kept (so that callers can skip building it) */
  wants(tenths: number, id: string): boolean {
    if (this.heap.length < this.limit) return true;
    const worst = this.heap[0]!;
    return tenths > worst.tenths || (tenths === worst.tenths && id < worst.id);
  }

  add(entry: Entry<T>): void {
    const heap = this.heap;
    if (heap.length < this.limit) {
      heap.push(entry);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!before(heap[parent]!, heap[i]!)) break;
        [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
        i = parent;
      }
      return;
    }
    heap[0] = entry;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < heap.length && before(heap[worst]!, heap[l]!)) worst = l;
      if (r < heap.length && before(heap[worst]!, heap[r]!)) worst = r;
      if (worst === i) break;
      [heap[worst], heap[i]] = [heap[i]!, heap[worst]!];
      i = worst;
    }
  }

  sorted(): Entry<T>[] {
    return this.heap.slice().sort(order);
  }
}

function rank<T>(
  pairs: (visit: (pd: PreparedDonor, project: ScoringProject, id: string, item: T) => void) => void,
  ctx: ScoringContext,
  limit: number | undefined,
): Array<{ id: string; item: T; result: MatchResult }> {
  const now = ctx.now.getTime();
  const bounded = limit !== undefined && limit !== Infinity;
  const k = bounded ? Math.floor(limit) : 0;
  if (bounded && !(k > 0)) return [];
  const top = bounded ? new TopK<T>(k) : null;
  const all: Entry<T>[] = [];
  pairs((pd, project, id, item) => {
    const tenths = scoreTenths(pd, project, ctx, now);
    if (tenths < 0) return;
    if (!top) all.push({ tenths, id, item, pd, project });
    else if (top.wants(tenths, id)) top.add({ tenths, id, item, pd, project });
  });
  const best = top ? top.sorted() : all.sort(order);
  return best.map((e) => ({ id: e.id, item: e.item, result: explain(e.pd, e.project, ctx, now) }));
}

/**
 * The projects that fit a donor best: eligible ones only, score descending,
 * ties by project id ascending; at most `limit` (all when omitted). Project
 * ids are expected to be unique.
 */
export function rankProjects(donor: ScoringDonor, projects: readonly ScoringProject[], ctx: ScoringContext, limit?: number): RankedProject[] {
  const pd = prepareDonor(donor);
  const ranked = rank<ScoringProject>(
    (visit) => {
      for (const project of projects) visit(pd, project, project.id, project);
    },
    ctx,
    limit,
  );
  return ranked.map(({ id, item, result }) => ({ id, result, project: item }));
}

/**
 * The donors that fit a project best: eligible ones only, score descending,
 * ties by donor id ascending; at most `limit` (all when omitted). Donor ids
 * are expected to be unique.
 */
export function rankDonors(project: ScoringProject, donors: readonly ScoringDonor[], ctx: ScoringContext, limit?: number): RankedDonor[] {
  const ranked = rank<ScoringDonor>(
    (visit) => {
      for (const donor of donors) visit(prepareDonor(donor), project, donor.id, donor);
    },
    ctx,
    limit,
  );
  return ranked.map(({ id, item, result }) => ({ id, result, donor: item }));
}
