import { Connection, encodeCursor, decodeCursor, pageSize } from '@commonground/api-core';
import { isConsultationOpen } from './definition.service';
import { Comment, Definition, DefinitionRevision, PrincipleSet, PrincipleSetRevision, Principle, Term } from './dto/glossary.objects';
import { CommentEntity, DefinitionEntity, DefinitionRevisionEntity, PrincipleEntity, PrincipleSetEntity, PrincipleSetRevisionEntity, TermEntity } from './glossary.entities';

export const toTerm = (t: TermEntity): Term => ({ id: t.id, slug: t.slug, category: t.category, minerals: t.minerals, themes: t.themes });

export const toDefinition = (d: DefinitionEntity): Definition => ({
  id: d.id,
  kind: d.kind,
  citation: d.citationTitle ? { title: d.citationTitle, url: d.citationUrl, year: d.citationYear } : null,
  status: d.status,
  consultationEndsAt: d.consultationEndsAt,
  consultationOpen: isConsultationOpen(d),
  termId: d.termId,
  ownerOrganizationId: d.ownerOrganizationId,
  initiativeId: d.initiativeId,
  currentRevisionNumber: d.currentRevision,
  adoptedRevisionNumber: d.adoptedRevision,
});

export const toRevision = (r: DefinitionRevisionEntity): DefinitionRevision => ({
  id: r.id,
  number: r.number,
  changeNote: r.changeNote,
  createdAt: r.createdAt,
  originalLanguage: r.originalLanguage,
  definitionId: r.definitionId,
  authorUserId: r.authorUserId,
});

export const toComment = (c: CommentEntity): Comment => ({ id: c.id, body: c.body, createdAt: c.createdAt, authorUserId: c.authorUserId, organizationId: c.organizationId });

export const toPrincipleSet = (s: PrincipleSetEntity): PrincipleSet => ({
  id: s.id,
  title: s.title,
  status: s.status,
  consultationEndsAt: s.consultationEndsAt,
  consultationOpen: isConsultationOpen(s),
  initiativeId: s.initiativeId,
  ownerOrganizationId: s.ownerOrganizationId,
  currentRevisionNumber: s.currentRevision,
  adoptedRevisionNumber: s.adoptedRevision,
});

export const toSetRevision = (r: PrincipleSetRevisionEntity): PrincipleSetRevision => ({ id: r.id, number: r.number, changeNote: r.changeNote, createdAt: r.createdAt, setId: r.setId });

export const toPrinciple = (p: PrincipleEntity): Principle => ({ id: p.id, position: p.position, statement: p.statement, explanation: p.explanation, subPoints: p.subPoints, footnotes: p.footnotes });

/** A page of comments already loaded (oldest first). */
export function commentPage(all: CommentEntity[], first?: number | null, after?: string | null): Connection<Comment> {
  const size = pageSize(first);
  let start = 0;
  if (after) {
    const [, id] = decodeCursor(after);
    start = all.findIndex((c) => c.id === id) + 1;
  }
  const slice = all.slice(start, start + size);
  const edges = slice.map((c) => ({ cursor: encodeCursor(c.createdAt.toISOString(), c.id), node: toComment(c) }));
  return { edges, pageInfo: { hasNextPage: start + size < all.length, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: all.length };
}
