import { wordDiff } from '../word-diff';
it('scratch', () => {
  expect(wordDiff('a b', 'a c').length).toBe(3);
});
