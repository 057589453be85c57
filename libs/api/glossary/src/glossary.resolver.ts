import { Access, Actor, Connection, CurrentActor, GraphQLContext, MaybeActor, SignedInActor, mapConnection } from '@commonground/api-core';
import { IdentityLoaders, Initiative, Organization, User, toInitiative, toOrganization, toUser } from '@commonground/api-identity';
import { ParseArrayPipe } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DefinitionService, textIn, textsOfRevision } from './definition.service';
import { Comment, CommentConnection, Definition, DefinitionRevision, Endorsement, LocalizedText, Principle, PrincipleSet, PrincipleSetRevision, Term, TermConnection, TextDiffPart } from './dto/glossary.objects';
import { DefinitionInput, LocalizedTextInput, PrincipleInput, ReviseDefinitionInput, TermInput } from './dto/glossary.inputs';
import { AlignmentStatus, Stance } from './glossary.entities';
import { GlossaryLoaders } from './glossary.loaders';
import { commentPage, toDefinition, toPrinciple, toPrincipleSet, toRevision, toSetRevision, toTerm } from './glossary.mapper';
import { PrincipleService } from './principle.service';
import { TermService } from './term.service';

const localized = (language: string, text: string): LocalizedText => ({ language, text, outdated: false });

@Resolver(() => Term)
export class TermResolver {
  constructor(
    private readonly termService: TermService,
    private readonly loaders: GlossaryLoaders,
  ) {}

  @Query(() => Term, { nullable: true })
  @Access('public')
  async term(@Args('id', { type: () => ID, nullable: true }) id?: string, @Args('slug', { nullable: true }) slug?: string): Promise<Term | null> {
    const t = await this.termService.find({ id, slug });
    return t && toTerm(t);
  }

  @Query(() => TermConnection)
  @Access('public')
  async terms(
    @CurrentActor() actor: MaybeActor,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('query', { nullable: true }) query?: string,
    @Args('initiativeId', { type: () => ID, nullable: true }) initiativeId?: string,
    @Args('status', { type: () => AlignmentStatus, nullable: true }) status?: AlignmentStatus,
  ): Promise<Connection<Term>> {
    return mapConnection(await this.termService.list(actor, { first, after, query, initiativeId, status }), toTerm);
  }

  @Mutation(() => Term)
  @Access('organization')
  async createTerm(@SignedInActor() actor: Actor, @Args('input') input: TermInput, @Args('initiativeId', { type: () => ID, nullable: true }) initiativeId?: string): Promise<Term> {
    return toTerm(await this.termService.create(actor, input, initiativeId));
  }

  @Mutation(() => Term)
  @Access('organization')
  async updateTerm(@SignedInActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: TermInput): Promise<Term> {
    return toTerm(await this.termService.update(actor, id, input));
  }

  @ResolveField(() => [LocalizedText])
  async labels(@Parent() term: Term, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.for(this.loaders).labels.load(term.id)).filter((l) => l.kind === 'PREF').map((l) => localized(l.language, l.text));
  }

  @ResolveField(() => [LocalizedText])
  async altLabels(@Parent() term: Term, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.for(this.loaders).labels.load(term.id)).filter((l) => l.kind === 'ALT').map((l) => localized(l.language, l.text));
  }

  @ResolveField(() => String, { description: 'The label in a language, falling back to English, then any.' })
  async label(@Parent() term: Term, @Context() ctx: GraphQLContext, @Args('language', { type: () => String, nullable: true }) language?: string | null): Promise<string> {
    const prefs = (await ctx.loaders.for(this.loaders).labels.load(term.id)).filter((l) => l.kind === 'PREF');
    return (prefs.find((l) => l.language === language) ?? prefs.find((l) => l.language === 'en') ?? prefs[0])?.text ?? term.slug;
  }

  @ResolveField(() => [Term])
  async broader(@Parent() term: Term, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.for(this.loaders).broader.load(term.id)).map(toTerm);
  }

  @ResolveField(() => [Term])
  async narrower(@Parent() term: Term, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.for(this.loaders).narrower.load(term.id)).map(toTerm);
  }

  @ResolveField(() => [Term])
  async related(@Parent() term: Term, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.for(this.loaders).related.load(term.id)).map(toTerm);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may edit the term (its organization created it).' })
  async viewerCanEdit(@Parent() term: Term, @CurrentActor() actor: MaybeActor, @Context() ctx: GraphQLContext): Promise<boolean> {
    if (!actor?.organizationId) return false;
    return (await ctx.loaders.for(this.loaders).term.load(term.id))?.ownerOrganizationId === actor.organizationId;
  }

  @ResolveField(() => [Definition], { description: 'Every definition of the term the viewer may see, side by side.' })
  async definitions(@Parent() term: Term, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.for(this.loaders).definitionsOfTerm.load(term.id)).map(toDefinition);
  }
}

@Resolver(() => Definition)
export class DefinitionResolver {
  constructor(
    private readonly definitions: DefinitionService,
    private readonly loaders: GlossaryLoaders,
    private readonly identity: IdentityLoaders,
  ) {}

  @Query(() => [TextDiffPart], { description: 'Word-level difference of two revisions (of one definition, or two definitions of a term).' })
  @Access('public')
  definitionDiff(
    @CurrentActor() actor: MaybeActor,
    @Args('fromRevisionId', { type: () => ID }) fromRevisionId: string,
    @Args('toRevisionId', { type: () => ID }) toRevisionId: string,
    @Args('language', { type: () => String, nullable: true }) language?: string | null,
  ): Promise<TextDiffPart[]> {
    return this.definitions.diff(actor, fromRevisionId, toRevisionId, language);
  }

  @Mutation(() => Definition)
  @Access('organization')
  async addDefinition(@SignedInActor() actor: Actor, @Args('input') input: DefinitionInput) {
    return toDefinition(await this.definitions.add(actor, input));
  }

  @Mutation(() => Definition, { description: 'A stale basedOnRevision is refused with CONFLICT; the refused texts come back in the error.' })
  @Access('organization')
  async reviseDefinition(@SignedInActor() actor: Actor, @Args('input') input: ReviseDefinitionInput) {
    return toDefinition(await this.definitions.revise(actor, input));
  }

  @Mutation(() => Definition)
  @Access('organization')
  async translateDefinition(
    @SignedInActor() actor: Actor,
    @Args('definitionId', { type: () => ID }) definitionId: string,
    @Args('revisionNumber', { type: () => Int }) revisionNumber: number,
    @Args('text') text: LocalizedTextInput,
  ) {
    return toDefinition(await this.definitions.translate(actor, definitionId, revisionNumber, text));
  }

  @Mutation(() => Definition)
  @Access('organization')
  async openConsultation(@SignedInActor() actor: Actor, @Args('definitionId', { type: () => ID }) definitionId: string, @Args('endsAt') endsAt: Date) {
    return toDefinition(await this.definitions.openConsultation(actor, definitionId, endsAt));
  }

  @Mutation(() => Definition)
  @Access('organization')
  async setStance(
    @SignedInActor() actor: Actor,
    @Args('definitionId', { type: () => ID }) definitionId: string,
    @Args('stance', { type: () => Stance }) stance: Stance,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ) {
    return toDefinition(await this.definitions.setStance(actor, definitionId, stance, reason));
  }

  @Mutation(() => Definition)
  @Access('organization')
  async adoptDefinition(@SignedInActor() actor: Actor, @Args('definitionId', { type: () => ID }) definitionId: string, @Args('revisionNumber', { type: () => Int }) revisionNumber: number) {
    return toDefinition(await this.definitions.adopt(actor, definitionId, revisionNumber));
  }

  @Mutation(() => Comment)
  @Access('organization')
  async commentOnDefinition(@SignedInActor() actor: Actor, @Args('definitionId', { type: () => ID }) definitionId: string, @Args('body') body: string) {
    const c = await this.definitions.comment(actor, definitionId, body);
    return { id: c.id, body: c.body, createdAt: c.createdAt, authorUserId: c.authorUserId, organizationId: c.organizationId };
  }

  @ResolveField(() => Term)
  async term(@Parent() d: Definition, @Context() ctx: GraphQLContext) {
    return toTerm((await ctx.loaders.for(this.loaders).term.load(d.termId))!);
  }

  @ResolveField(() => Organization)
  async author(@Parent() d: Definition, @Context() ctx: GraphQLContext) {
    return toOrganization((await ctx.loaders.for(this.identity).organization.load(d.ownerOrganizationId))!);
  }

  @ResolveField(() => Initiative, { nullable: true })
  async initiative(@Parent() d: Definition, @Context() ctx: GraphQLContext) {
    if (!d.initiativeId) return null;
    const i = await ctx.loaders.for(this.identity).initiative.load(d.initiativeId);
    return i && toInitiative(i);
  }

  @ResolveField(() => [DefinitionRevision])
  async revisions(@Parent() d: Definition, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.for(this.loaders).revisions.load(d.id)).map(toRevision);
  }

  @ResolveField(() => DefinitionRevision)
  async currentRevision(@Parent() d: Definition, @Context() ctx: GraphQLContext) {
    return toRevision((await ctx.loaders.for(this.loaders).revisions.load(d.id)).find((r) => r.number === d.currentRevisionNumber)!);
  }

  @ResolveField(() => DefinitionRevision, { nullable: true })
  async adoptedRevision(@Parent() d: Definition, @Context() ctx: GraphQLContext) {
    if (!d.adoptedRevisionNumber) return null;
    const r = (await ctx.loaders.for(this.loaders).revisions.load(d.id)).find((x) => x.number === d.adoptedRevisionNumber);
    return r ? toRevision(r) : null;
  }

  @ResolveField(() => [Endorsement])
  async endorsements(@Parent() d: Definition, @Context() ctx: GraphQLContext): Promise<Endorsement[]> {
    return (await ctx.loaders.for(this.loaders).stances.load(`DEFINITION:${d.id}`)).map((s) => ({
      stance: s.stance,
      reason: s.reason,
      revisionNumber: s.revisionNumber,
      current: s.revisionNumber === d.currentRevisionNumber,
      createdAt: s.createdAt,
      organizationId: s.organizationId,
    }));
  }

  @ResolveField(() => CommentConnection)
  async comments(
    @Parent() d: Definition,
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return commentPage(await ctx.loaders.for(this.loaders).comments.load(`DEFINITION:${d.id}`), first, after);
  }
}

@Resolver(() => DefinitionRevision)
export class DefinitionRevisionResolver {
  constructor(
    private readonly loaders: GlossaryLoaders,
    private readonly identity: IdentityLoaders,
  ) {}

  @ResolveField(() => [LocalizedText], { description: 'The text per language; translations made for an earlier revision are outdated.' })
  async texts(@Parent() r: DefinitionRevision, @Context() ctx: GraphQLContext): Promise<LocalizedText[]> {
    return textsOfRevision(await ctx.loaders.for(this.loaders).texts.load(r.definitionId), r.number).map(({ language, text, outdated }) => ({ language, text, outdated }));
  }

  @ResolveField(() => String, { description: 'The text in a language, falling back to the original.' })
  async text(@Parent() r: DefinitionRevision, @Context() ctx: GraphQLContext, @Args('language', { type: () => String, nullable: true }) language?: string | null) {
    return textIn(textsOfRevision(await ctx.loaders.for(this.loaders).texts.load(r.definitionId), r.number), language);
  }

  @ResolveField(() => User)
  async author(@Parent() r: DefinitionRevision, @Context() ctx: GraphQLContext) {
    return toUser((await ctx.loaders.for(this.identity).user.load(r.authorUserId))!);
  }
}

@Resolver(() => Endorsement)
export class EndorsementResolver {
  constructor(private readonly identity: IdentityLoaders) {}

  @ResolveField(() => Organization)
  async organization(@Parent() e: Endorsement, @Context() ctx: GraphQLContext) {
    return toOrganization((await ctx.loaders.for(this.identity).organization.load(e.organizationId))!);
  }
}

@Resolver(() => Comment)
export class CommentResolver {
  constructor(private readonly identity: IdentityLoaders) {}

  @ResolveField(() => User)
  async author(@Parent() c: Comment, @Context() ctx: GraphQLContext) {
    return toUser((await ctx.loaders.for(this.identity).user.load(c.authorUserId))!);
  }

  @ResolveField(() => Organization, { nullable: true })
  async organization(@Parent() c: Comment, @Context() ctx: GraphQLContext) {
    if (!c.organizationId) return null;
    const o = await ctx.loaders.for(this.identity).organization.load(c.organizationId);
    return o && toOrganization(o);
  }
}

@Resolver(() => PrincipleSet)
export class PrincipleSetResolver {
  constructor(
    private readonly principles: PrincipleService,
    private readonly loaders: GlossaryLoaders,
    private readonly identity: IdentityLoaders,
  ) {}

  @Query(() => PrincipleSet, { nullable: true })
  @Access('public')
  async principleSet(@CurrentActor() actor: MaybeActor, @Args('id', { type: () => ID }) id: string) {
    const set = await this.principles.find(actor, id).catch(() => null);
    return set && toPrincipleSet(set);
  }

  @Query(() => [PrincipleSet])
  @Access('public')
  async principleSets(@CurrentActor() actor: MaybeActor, @Args('initiativeId', { type: () => ID, nullable: true }) initiativeId?: string) {
    return (await this.principles.list(actor, initiativeId)).map(toPrincipleSet);
  }

  @Mutation(() => PrincipleSet)
  @Access('organization')
  async createPrincipleSet(
    @SignedInActor() actor: Actor,
    @Args('title') title: string,
    @Args('principles', { type: () => [PrincipleInput] }, new ParseArrayPipe({ items: PrincipleInput })) principles: PrincipleInput[],
    @Args('initiativeId', { type: () => ID, nullable: true }) initiativeId?: string,
  ) {
    return toPrincipleSet(await this.principles.create(actor, title, initiativeId, principles));
  }

  @Mutation(() => PrincipleSet, { description: 'A stale basedOnRevision is refused with CONFLICT; the refused principles come back in the error.' })
  @Access('organization')
  async revisePrincipleSet(
    @SignedInActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('basedOnRevision', { type: () => Int }) basedOnRevision: number,
    @Args('principles', { type: () => [PrincipleInput] }, new ParseArrayPipe({ items: PrincipleInput })) principles: PrincipleInput[],
    @Args('changeNote', { type: () => String, nullable: true }) changeNote?: string | null,
  ) {
    return toPrincipleSet(await this.principles.revise(actor, id, basedOnRevision, principles, changeNote));
  }

  @Mutation(() => PrincipleSet)
  @Access('organization')
  async openPrincipleConsultation(@SignedInActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('endsAt') endsAt: Date) {
    return toPrincipleSet(await this.principles.openConsultation(actor, id, endsAt));
  }

  @Mutation(() => PrincipleSet)
  @Access('organization')
  async setPrincipleSetStance(
    @SignedInActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('stance', { type: () => Stance }) stance: Stance,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ) {
    return toPrincipleSet(await this.principles.setStance(actor, id, stance, reason));
  }

  @Mutation(() => PrincipleSet)
  @Access('organization')
  async adoptPrincipleSet(@SignedInActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('revisionNumber', { type: () => Int }) revisionNumber: number) {
    return toPrincipleSet(await this.principles.adopt(actor, id, revisionNumber));
  }

  @Mutation(() => Comment)
  @Access('organization')
  async commentOnPrinciple(@SignedInActor() actor: Actor, @Args('principleId', { type: () => ID }) principleId: string, @Args('body') body: string) {
    const c = await this.principles.comment(actor, principleId, body);
    return { id: c.id, body: c.body, createdAt: c.createdAt, authorUserId: c.authorUserId, organizationId: c.organizationId };
  }

  @ResolveField(() => Initiative, { nullable: true })
  async initiative(@Parent() s: PrincipleSet, @Context() ctx: GraphQLContext) {
    if (!s.initiativeId) return null;
    const i = await ctx.loaders.for(this.identity).initiative.load(s.initiativeId);
    return i && toInitiative(i);
  }

  @ResolveField(() => [PrincipleSetRevision])
  async revisions(@Parent() s: PrincipleSet, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.for(this.loaders).setRevisions.load(s.id)).map(toSetRevision);
  }

  @ResolveField(() => PrincipleSetRevision)
  async currentRevision(@Parent() s: PrincipleSet, @Context() ctx: GraphQLContext) {
    return toSetRevision((await ctx.loaders.for(this.loaders).setRevisions.load(s.id)).find((r) => r.number === s.currentRevisionNumber)!);
  }

  @ResolveField(() => PrincipleSetRevision, { nullable: true })
  async adoptedRevision(@Parent() s: PrincipleSet, @Context() ctx: GraphQLContext) {
    if (!s.adoptedRevisionNumber) return null;
    const r = (await ctx.loaders.for(this.loaders).setRevisions.load(s.id)).find((x) => x.number === s.adoptedRevisionNumber);
    return r ? toSetRevision(r) : null;
  }

  @ResolveField(() => [Endorsement])
  async endorsements(@Parent() s: PrincipleSet, @Context() ctx: GraphQLContext): Promise<Endorsement[]> {
    return (await ctx.loaders.for(this.loaders).stances.load(`PRINCIPLE_SET:${s.id}`)).map((x) => ({
      stance: x.stance,
      reason: x.reason,
      revisionNumber: x.revisionNumber,
      current: x.revisionNumber === s.currentRevisionNumber,
      createdAt: x.createdAt,
      organizationId: x.organizationId,
    }));
  }
}

@Resolver(() => PrincipleSetRevision)
export class PrincipleSetRevisionResolver {
  constructor(private readonly loaders: GlossaryLoaders) {}

  @ResolveField(() => [Principle])
  async principles(@Parent() r: PrincipleSetRevision, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.for(this.loaders).principles.load(r.id)).map(toPrinciple);
  }
}

@Resolver(() => Principle)
export class PrincipleResolver {
  constructor(private readonly loaders: GlossaryLoaders) {}

  @ResolveField(() => CommentConnection)
  async comments(
    @Parent() p: Principle,
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return commentPage(await ctx.loaders.for(this.loaders).comments.load(`PRINCIPLE:${p.id}`), first, after);
  }
}
