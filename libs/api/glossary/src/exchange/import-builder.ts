import { SUPPORTED_LANGUAGES, isLanguage, isMineral, isTheme } from '@commonground/shared-reference';
import { normalizeGlossary } from './normalize';
import { ProblemCollector, quote, textLength } from './problems';
import { MAX_TEXT_LENGTH, type ExchangeTerm, type LocalizedValue } from './types';

export type TextField = 'prefLabel' | 'altLabel' | 'definition';
export type RelationField = 'broader' | 'narrower' | 'related';

interface Located<T> {
  value: T;
  line: number | null;
}

export interface DraftTerm {
  slug: string;
  line: number | null;
  prefLabels: Map<string, Located<string>>;
  /** A prefLabel was refused (and reported): "no prefLabel" would only repeat it. */
  prefLabelRefused: boolean;
  altLabels: LocalizedValue[];
  definitions: Map<string, Located<string>>;
  category: Located<string> | null;
  minerals: Set<string>;
  themes: Set<string>;
  relations: Record<RelationField, Located<string>[]>;
}

const supportedList = SUPPORTED_LANGUAGES.join(', ');

/**
 * Collects the terms read from a file (by readTurtle or readCsv), checks each
 * value as it comes and the whole set at the end (references, cycles), and
 * returns the terms in canonical form — or none when anything is wrong.
 */
export class GlossaryBuilder {
  private readonly drafts = new Map<string, DraftTerm>();

  constructor(readonly problems: ProblemCollector) {}

  get size(): number {
    return this.drafts.size;
  }

  has(slug: string): boolean {
    return this.drafts.has(slug);
  }

  /**
   * Records the slug of a term whose row or statement was refused (already
   * reported), so that references to it and repeats of it are not reported
   * as well.
   */
  addRefused(slug: string, line: number | null): void {
    const draft = this.addTerm(slug, line);
    if (draft) draft.prefLabelRefused = true;
  }

  /** Starts a term; null (and an error) when the slug is already taken. */
  addTerm(slug: string, line: number | null): DraftTerm | null {
    const existing = this.drafts.get(slug);
    if (existing) {
      this.problems.error(line, `Duplicate term "${slug}"${existing.line !== null ? ` (first on line ${existing.line})` : ''}.`);
      return null;
    }
    const draft: DraftTerm = {
      slug,
      line,
      prefLabels: new Map(),
      prefLabelRefused: false,
      altLabels: [],
      definitions: new Map(),
      category: null,
      minerals: new Set(),
      themes: new Set(),
      relations: { broader: [], narrower: [], related: [] },
    };
    this.drafts.set(slug, draft);
    return draft;
  }

  private checkLength(term: DraftTerm, what: string, text: string, line: number | null): boolean {
    const length = textLength(text);
    if (length <= MAX_TEXT_LENGTH) return true;
    this.problems.error(line, `Term "${term.slug}": ${what} is ${length} characters long; the limit is ${MAX_TEXT_LENGTH}.`);
    return false;
  }

  /** A label or definition; `language` null when the value had no language tag. */
  text(term: DraftTerm, field: TextField, language: string | null, text: string, line: number | null): void {
    if (!this.acceptText(term, field, language, text, line) && field === 'prefLabel') term.prefLabelRefused = true;
  }

  private acceptText(term: DraftTerm, field: TextField, language: string | null, text: string, line: number | null): boolean {
    if (language === null || language === '') {
      this.problems.error(line, `Term "${term.slug}": ${field} ${quote(text)} has no language tag; use one of ${supportedList}.`);
      return false;
    }
    if (!isLanguage(language)) {
      this.problems.error(
        line,
        `Term "${term.slug}": ${field} ${quote(text)} is in language "${language}", which is not supported (supported: ${supportedList}).`,
      );
      return false;
    }
    if (!this.checkLength(term, `${field}@${language}`, text, line)) return false;
    if (text.trim() === '') {
      if (field === 'prefLabel') this.problems.error(line, `Term "${term.slug}": prefLabel in ${language} is empty.`);
      else this.problems.warning(line, `Term "${term.slug}": empty ${field} in ${language} ignored.`);
      return false;
    }
    if (field === 'altLabel') {
      term.altLabels.push({ language, text });
      return true;
    }
    const map = field === 'prefLabel' ? term.prefLabels : term.definitions;
    const previous = map.get(language);
    if (previous) {
      if (previous.value === text) return true; // the same statement twice
      this.problems.error(
        line,
        `Term "${term.slug}" has more than one ${field} in ${language}: ${quote(previous.value)} and ${quote(text)}.`,
      );
      return false;
    }
    map.set(language, { value: text, line });
    return true;
  }

  category(term: DraftTerm, text: string, line: number | null): void {
    if (text.trim() === '') return;
    if (!this.checkLength(term, 'category', text, line)) return;
    if (term.category && term.category.value !== text) {
      this.problems.error(line, `Term "${term.slug}" has more than one category: ${quote(term.category.value)} and ${quote(text)}.`);
      return;
    }
    term.category = { value: text, line };
  }

  mineral(term: DraftTerm, value: string, line: number | null): void {
    const id = value.trim().toLowerCase();
    if (id === '') return;
    if (!isMineral(id)) {
      this.problems.error(line, `Term "${term.slug}": unknown mineral ${quote(value)}.`);
      return;
    }
    term.minerals.add(id);
  }

  theme(term: DraftTerm, value: string, line: number | null): void {
    const slug = value.trim().toLowerCase();
    if (slug === '') return;
    if (!isTheme(slug)) {
      this.problems.error(line, `Term "${term.slug}": unknown theme ${quote(value)}.`);
      return;
    }
    term.themes.add(slug);
  }

  relation(term: DraftTerm, field: RelationField, target: string, line: number | null): void {
    if (field === 'related' && target === term.slug) {
      this.problems.warning(line, `Term "${term.slug}" is related to itself; ignored.`);
      return;
    }
    term.relations[field].push({ value: target, line });
  }

  /** Checks references, preferred labels and cycles; the terms in canonical form, or [] when there is any error. */
  finish(): ExchangeTerm[] {
    const drafts = [...this.drafts.values()];
    // references to terms that are not in the file
    for (const d of drafts) {
      for (const field of ['broader', 'narrower', 'related'] as const) {
        d.relations[field] = d.relations[field].filter((r) => {
          if (this.drafts.has(r.value)) return true;
          this.problems.error(r.line, `Term "${d.slug}": ${field} "${r.value}" is not a term in this file.`);
          return false;
        });
      }
      if (d.prefLabels.size === 0 && !d.prefLabelRefused) this.problems.error(d.line, `Term "${d.slug}" has no prefLabel.`);
    }
    this.reportCycles(drafts);
    if (this.problems.hasErrors) return [];
    return normalizeGlossary(
      drafts.map((d) => ({
        slug: d.slug,
        prefLabels: [...d.prefLabels].map(([language, v]) => ({ language, text: v.value })),
        altLabels: d.altLabels,
        definitions: [...d.definitions].map(([language, v]) => ({ language, text: v.value })),
        category: d.category?.value ?? null,
        minerals: [...d.minerals],
        themes: [...d.themes],
        broader: d.relations.broader.map((r) => r.value),
        narrower: d.relations.narrower.map((r) => r.value),
        related: d.relations.related.map((r) => r.value),
      })),
    );
  }

  /** One error per cycle of broader links (narrower read backwards), e.g. "a → b → a". */
  private reportCycles(drafts: DraftTerm[]): void {
    const parents = new Map<string, Map<string, number | null>>(drafts.map((d) => [d.slug, new Map()]));
    for (const d of drafts) {
      for (const r of d.relations.broader) if (!parents.get(d.slug)!.has(r.value)) parents.get(d.slug)!.set(r.value, r.line);
      for (const r of d.relations.narrower) if (!parents.get(r.value)!.has(d.slug)) parents.get(r.value)!.set(d.slug, r.line);
    }
    for (const component of stronglyConnected(drafts.map((d) => d.slug), (slug) => parents.get(slug)!.keys())) {
      const start = component[0];
      const cycle = shortestCycle(start, new Set(component), (slug) => parents.get(slug)!.keys());
      if (!cycle) continue;
      const line = parents.get(cycle[0])!.get(cycle[1]) ?? null;
      const others = component.filter((slug) => !cycle.includes(slug));
      const listed = others.slice(0, 10).map((s) => `"${s}"`).join(', ') + (others.length > 10 ? `, … (${others.length} terms)` : '');
      const more = others.length > 0 ? ` (the loop also involves ${listed})` : '';
      this.problems.error(line, `Cycle in broader/narrower: ${cycle.join(' → ')}${more}.`);
    }
  }
}

/**
 * Tarjan's strongly connected components, iterative (no recursion limit);
 * returns the components that contain a cycle (more than one node, or a node
 * linked to itself), each starting with its node that comes first in `nodes`.
 */
export function stronglyConnected(nodes: readonly string[], next: (node: string) => Iterable<string>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const order = new Map(nodes.map((n, i) => [n, i]));
  const result: string[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: Array<{ node: string; children: Iterator<string> }> = [];
    const visit = (node: string) => {
      index.set(node, counter);
      low.set(node, counter);
      counter++;
      stack.push(node);
      onStack.add(node);
      work.push({ node, children: next(node)[Symbol.iterator]() });
    };
    visit(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const step = frame.children.next();
      if (!step.done) {
        const child = step.value;
        if (!index.has(child)) visit(child);
        else if (onStack.has(child)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(child)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = component.length === 1 && [...next(component[0])].includes(component[0]);
        if (component.length > 1 || selfLoop) result.push(component.sort((a, b) => order.get(a)! - order.get(b)!));
      }
    }
  }
  return result.sort((a, b) => order.get(a[0])! - order.get(b[0])!);
}

/** The shortest path start → … → start inside `within` (breadth first), as a list ending with start again. */
function shortestCycle(start: string, within: Set<string>, next: (node: string) => Iterable<string>): string[] | null {
  const previous = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    for (const child of next(node)) {
      if (!within.has(child)) continue;
      if (child === start) {
        const back: string[] = [];
        for (let n = node; n !== start; n = previous.get(n)!) back.push(n);
        return [start, ...back.reverse(), start];
      }
      if (!previous.has(child)) {
        previous.set(child, node);
        queue.push(child);
      }
    }
  }
  return null;
}
