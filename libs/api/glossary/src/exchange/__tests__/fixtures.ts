import type { ExchangeScheme, ExchangeTerm } from '../index';

export const scheme: ExchangeScheme = {
  uri: 'https://commonground.example.org/glossary/responsible-minerals',
  title: 'Responsible minerals glossary',
  description: 'Adopted terms of the "Responsible Minerals" alliance.',
};

/** A term with every field empty but the slug and an English label. */
export function term(slug: string, fields: Partial<ExchangeTerm> = {}): ExchangeTerm {
  return {
    slug,
    prefLabels: [{ language: 'en', text: slug }],
    altLabels: [],
    definitions: [],
    category: null,
    minerals: [],
    themes: [],
    broader: [],
    narrower: [],
    related: [],
    ...fields,
  };
}

/**
 * A small glossary with the hard cases: accents, quotes, newlines, backslashes,
 * tabs, emoji, triple quotes, three languages, a hierarchy given from both
 * sides, related terms, minerals, themes and categories.
 */
export const glossary: ExchangeTerm[] = [
  term('asm', {
    prefLabels: [
      { language: 'en', text: 'Artisanal and small-scale mining' },
      { language: 'fr', text: 'Exploitation minière artisanale et à petite échelle' },
      { language: 'es', text: 'Minería artesanal y en pequeña escala' },
    ],
    altLabels: [
      { language: 'en', text: 'ASM' },
      { language: 'fr', text: 'EMAPE' },
      { language: 'en', text: 'small "scale" | artisanal \\ mining' },
    ],
    definitions: [
      { language: 'en', text: 'Mining by individuals, groups or cooperatives,\nwith "minimal" mechanisation.\n\tSee also: """OECD""".' },
      { language: 'fr', text: 'Activité minière « artisanale » — à faible mécanisation ; œuvre collective.' },
    ],
    category: 'Mining "types"',
    minerals: ['tin', 'gold', 'tantalum', 'tungsten'],
    themes: ['formalization', 'access-to-finance'],
    narrower: ['formalization-asm'],
    related: ['due-diligence'],
  }),
  term('formalization-asm', {
    prefLabels: [
      { language: 'en', text: 'Formalization of ASM' },
      { language: 'es', text: 'Formalización de la MAPE ✓' },
    ],
    definitions: [{ language: 'es', text: 'Proceso por el cual… «legalización» 🙂' }],
    category: 'Process',
    themes: ['formalization', 'governance'],
  }),
  term('due-diligence', {
    prefLabels: [
      { language: 'en', text: 'Due diligence' },
      { language: 'fr', text: 'Devoir de diligence' },
    ],
    definitions: [{ language: 'en', text: 'An ongoing, proactive and reactive process.' }],
    minerals: ['cobalt'],
    themes: ['security-and-human-rights'],
  }),
  term('3tg', {
    prefLabels: [{ language: 'en', text: '3TG' }],
    altLabels: [{ language: 'en', text: 'Conflict minerals' }],
    broader: ['due-diligence'],
    minerals: ['tin', 'tantalum', 'tungsten', 'gold'],
  }),
];

/** 5,000 terms in three languages, a tree five wide with related neighbours. */
export function largeGlossary(count = 5000): ExchangeTerm[] {
  const languages = ['en', 'fr', 'es'];
  return Array.from({ length: count }, (_, i) =>
    term(`term-${i}`, {
      prefLabels: languages.map((language) => ({ language, text: `Term ${i} (${language}) é` })),
      altLabels: languages.map((language) => ({ language, text: `Alternative ${i} ${language}` })),
      definitions: languages.map((language) => ({ language, text: `Definition of term ${i} in ${language}, with "quotes".` })),
      category: i % 3 === 0 ? null : `Category ${i % 7}`,
      minerals: i % 2 === 0 ? ['tin'] : ['gold', 'cobalt'],
      themes: ['governance'],
      broader: i > 0 ? [`term-${Math.floor((i - 1) / 5)}`] : [],
      related: i > 1 ? [`term-${i - 1}`] : [],
    }),
  );
}
