import { DataFactory, Parser } from 'n3';
import type { Quad, Quad_Graph, Quad_Object, Quad_Predicate, Quad_Subject, Term } from 'n3';
import { GlossaryBuilder, type DraftTerm, type RelationField, type TextField } from './import-builder';
import { checkSize, checkTermCount } from './limits';
import { ProblemCollector, quote } from './problems';
import type { ParsedGlossary } from './types';
import { RDF_TYPE, SKOS, cgPropertyOf, slugFromIri } from './vocabulary';

const SKOS_CONCEPT = `${SKOS}Concept`;
/** Types whose instances are not concepts even though they may carry SKOS labels. */
const NOT_CONCEPTS = new Set([`${SKOS}ConceptScheme`, `${SKOS}Collection`, `${SKOS}OrderedCollection`]);
const TEXT_FIELDS: Record<string, TextField> = {
  [`${SKOS}prefLabel`]: 'prefLabel',
  [`${SKOS}altLabel`]: 'altLabel',
  [`${SKOS}definition`]: 'definition',
};
const RELATION_FIELDS: Record<string, RelationField> = {
  [`${SKOS}broader`]: 'broader',
  [`${SKOS}narrower`]: 'narrower',
  [`${SKOS}related`]: 'related',
};
/** Read and accepted without effect: the scheme membership is implied by the import. */
const IGNORED_QUIETLY = new Set([`${SKOS}inScheme`, `${SKOS}topConceptOf`]);

/** Tokens after which the statement's line is still that of the term before them. */
const TRAILING_TOKENS = new Set(['.', ';', ',', ']', ')', '}', '|}', '>>', ')>>', 'langcode', 'dircode', 'type', 'typeIRI', 'eof']);

interface N3Token {
  type: string;
  line: number;
}
type SyncParse = (input: string, callbacks: { onToken: (token: N3Token) => void }) => Quad[];

const key = (term: Term): string => `${term.termType} ${term.value}`;
const show = (term: Term): string =>
  term.termType === 'NamedNode' ? `<${term.value}>` : term.termType === 'BlankNode' ? `_:${term.value}` : quote(term.value);

/** Parses Turtle with n3, giving each statement the line of its object. */
function parseWithLines(text: string): { quads: Quad[]; lineOf: (quad: Quad) => number | null } {
  let currentLine = 1;
  const lines = new WeakMap<Quad, number>();
  const factory = {
    ...DataFactory,
    quad: (subject: Quad_Subject, predicate: Quad_Predicate, object: Quad_Object, graph?: Quad_Graph): Quad => {
      const q = DataFactory.quad(subject, predicate, object, graph);
      lines.set(q, currentLine);
      return q;
    },
  };
  const parser = new Parser({ format: 'text/turtle', factory });
  const parse = parser.parse.bind(parser) as unknown as SyncParse;
  const quads = parse(text, {
    onToken: (token) => {
      if (!TRAILING_TOKENS.has(token.type)) currentLine = token.line;
    },
  });
  return { quads, lineOf: (q) => lines.get(q) ?? null };
}

/**
 * Reads a SKOS glossary in Turtle: every skos:Concept (or untyped resource
 * with SKOS labels or relations) becomes a term whose slug is the last path
 * segment (or fragment) of its IRI. prefLabel / altLabel / definition need a
 * language tag in SUPPORTED_LANGUAGES; broader, narrower and related must
 * point to concepts of the same file (both directions are merged); cg:category,
 * cg:mineral and cg:theme (namespace `https://<any host>/ns/glossary#`) are
 * read; other properties are ignored with a warning. Any error means no terms.
 */
export function readTurtle(text: string): ParsedGlossary {
  const problems = new ProblemCollector();
  if (!checkSize(text, problems)) return problems.result([]);

  let parsed: ReturnType<typeof parseWithLines>;
  try {
    parsed = parseWithLines(text);
  } catch (error) {
    const err = error as Error & { context?: { line?: number } };
    const line = typeof err.context?.line === 'number' ? err.context.line : null;
    problems.error(line, `Turtle syntax error: ${err.message}`);
    return problems.result([]);
  }
  const { quads, lineOf } = parsed;

  // 1. which subjects are concepts
  const typedConcepts = new Set<string>();
  const notConcepts = new Set<string>();
  for (const q of quads) {
    if (q.predicate.value !== RDF_TYPE) continue;
    if (q.object.value === SKOS_CONCEPT) typedConcepts.add(key(q.subject));
    else if (NOT_CONCEPTS.has(q.object.value)) notConcepts.add(key(q.subject));
  }
  const concepts = new Map<string, { subject: Term; line: number | null; slug: string | null; draft: DraftTerm | null }>();
  for (const q of quads) {
    const k = key(q.subject);
    if (concepts.has(k) || notConcepts.has(k)) continue;
    const p = q.predicate.value;
    if (typedConcepts.has(k) || p in TEXT_FIELDS || p in RELATION_FIELDS) {
      concepts.set(k, { subject: q.subject, line: lineOf(q), slug: null, draft: null });
      if (!typedConcepts.has(k)) problems.warning(lineOf(q), `${show(q.subject)} has no rdf:type skos:Concept; read as a concept.`);
    }
  }
  if (!checkTermCount(concepts.size, problems)) return problems.result([]);
  if (concepts.size === 0) problems.warning(null, 'The file contains no skos:Concept.');

  // 2. slugs
  const builder = new GlossaryBuilder(problems);
  const iriOfSlug = new Map<string, string>();
  for (const c of concepts.values()) {
    if (c.subject.termType !== 'NamedNode') {
      problems.error(c.line, `A concept without an IRI (${show(c.subject)}) cannot be imported: concepts need an IRI.`);
      continue;
    }
    const iri = c.subject.value;
    const slug = slugFromIri(iri);
    if (slug === '') {
      problems.error(c.line, `The concept IRI <${iri}> gives no usable slug (its last segment has no letter or digit).`);
      continue;
    }
    const other = iriOfSlug.get(slug);
    if (other !== undefined) {
      problems.error(c.line, `The concepts <${other}> and <${iri}> both give the slug "${slug}".`);
      continue;
    }
    iriOfSlug.set(slug, iri);
    c.slug = slug;
    c.draft = builder.addTerm(slug, c.line);
  }

  // 3. statements
  const unknown = new Map<string, { count: number; line: number | null }>();
  const ignoredTypes = new Map<string, { count: number; line: number | null }>();
  const count = (map: typeof unknown, iri: string, line: number | null) => {
    const entry = map.get(iri);
    if (entry) entry.count++;
    else map.set(iri, { count: 1, line });
  };
  let outside = 0;
  let outsideLine: number | null = null;
  for (const q of quads) {
    const line = lineOf(q);
    const concept = concepts.get(key(q.subject));
    if (!concept) {
      if (!notConcepts.has(key(q.subject))) {
        outside++;
        outsideLine ??= line;
      }
      continue;
    }
    const draft = concept.draft;
    if (draft === null) continue; // no usable slug: already reported
    const p = q.predicate.value;
    const o = q.object;
    const textField = TEXT_FIELDS[p];
    const relationField = RELATION_FIELDS[p];
    const cg = cgPropertyOf(p);
    if (p === RDF_TYPE) {
      if (o.value !== SKOS_CONCEPT) count(ignoredTypes, o.value, line);
    } else if (textField) {
      if (o.termType !== 'Literal') {
        problems.error(line, `Term "${draft.slug}": skos:${textField} must be a text, not ${show(o)}.`);
      } else {
        builder.text(draft, textField, o.language || null, o.value, line);
      }
    } else if (relationField) {
      const target = o.termType === 'NamedNode' || o.termType === 'BlankNode' ? concepts.get(key(o)) : undefined;
      if (!target) {
        const what = o.termType === 'Literal' ? `the text ${show(o)}` : `${show(o)}, which is not a concept in this file`;
        problems.error(line, `Term "${draft.slug}": skos:${relationField} points to ${what}.`);
      } else if (target.slug !== null) {
        builder.relation(draft, relationField, target.slug, line);
      }
    } else if (cg) {
      if (o.termType !== 'Literal') problems.error(line, `Term "${draft.slug}": cg:${cg} must be a text, not ${show(o)}.`);
      else if (cg === 'category') builder.category(draft, o.value, line);
      else if (cg === 'mineral') builder.mineral(draft, o.value, line);
      else builder.theme(draft, o.value, line);
    } else if (!IGNORED_QUIETLY.has(p)) {
      count(unknown, p, line);
    }
  }

  for (const [iri, { count: n, line }] of unknown) {
    problems.warning(line, `Ignored unknown property <${iri}> (${n} statement${n === 1 ? '' : 's'}).`);
  }
  for (const [iri, { count: n, line }] of ignoredTypes) {
    problems.warning(line, `Ignored rdf:type <${iri}> (${n} concept${n === 1 ? '' : 's'}).`);
  }
  if (outside > 0) {
    problems.warning(
      outsideLine,
      `Ignored ${outside} statement${outside === 1 ? '' : 's'} about resources that are neither a skos:Concept nor a skos:ConceptScheme.`,
    );
  }
  return problems.result(builder.finish());
}
