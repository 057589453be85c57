import { AppError } from '../errors/app-error';
import { decodeCursor, encodeCursor, pageSize } from '../graphql/pagination';

describe('cursors and page sizes', () => {
  it('round-trips a cursor', () => {
    expect(decodeCursor(encodeCursor('acme', 'id-1'))).toEqual(['acme', 'id-1']);
    expect(decodeCursor(encodeCursor(42, 'id-2'))).toEqual([42, 'id-2']);
  });

  it('refuses a forged cursor as bad input on "after"', () => {
    expect(() => decodeCursor('not-a-cursor')).toThrow(AppError);
    try {
      decodeCursor(Buffer.from('{"a":1}').toString('base64url'));
    } catch (error) {
      expect((error as AppError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('bounds the page size', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(0)).toBe(0);
    expect(() => pageSize(101)).toThrow(/between 0 and 100/);
    expect(() => pageSize(-1)).toThrow(AppError);
  });
});
