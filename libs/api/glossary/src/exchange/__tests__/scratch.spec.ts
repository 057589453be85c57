import { writeTurtle, writeJsonLd, writeCsv, readTurtle, readCsv, wordDiff } from '../index';
import * as jsonld from 'jsonld';
const scheme = { uri: 'https://cg.example.org/glossary/acme', title: 'ACME glossary', description: 'Terms' };
const terms = [
  { slug: 'asm', prefLabels: [{ language: 'en', text: 'Artisanal "mining"' }, { language: 'fr', text: 'Exploitation minière artisanale' }], altLabels: [{ language: 'en', text: 'ASM' }, { language: 'en', text: 'a|b\\c' }], definitions: [{ language: 'en', text: 'Line 1\nLine 2 "q"' }], category: 'Mining', minerals: ['tin', 'gold'], themes: ['formalization'], broader: [], narrower: ['3tg'], related: [] },
  { slug: '3tg', prefLabels: [{ language: 'es', text: 'Minería' }], altLabels: [], definitions: [], category: null, minerals: [], themes: [], broader: [], narrower: [], related: ['asm'] },
];
it('scratch', async () => {
  const ttl = await writeTurtle(scheme, terms);
  console.log(ttl);
  console.log(JSON.stringify(readTurtle(ttl), null, 1));
  const j = writeJsonLd(scheme, terms);
  console.log(await jsonld.toRDF(JSON.parse(j), { format: 'application/n-quads' }));
  const csv = writeCsv(terms);
  console.log(JSON.stringify(csv));
  console.log(JSON.stringify(readCsv(csv), null, 1));
  console.log(wordDiff('artisanal and small-scale mining', 'artisanal or small-scale  mining'));
});
