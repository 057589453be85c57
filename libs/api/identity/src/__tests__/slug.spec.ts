import { slugify } from '../slug';
import { invitationStatus } from '../identity.mapper';
import { InvitationStatus } from '../dto/identity.objects';

describe('slugify', () => {
  it.each([
    ['Atelier Orfèvre Martin', 'atelier-orfevre-martin'],
    ['Refinería Andina del Sur S.A.', 'refineria-andina-del-sur-s-a'],
    ['  Tin & Tantalum  ', 'tin-and-tantalum'],
    ['!!!', 'item'],
  ])('%s -> %s', (input, slug) => expect(slugify(input)).toBe(slug));

  it('keeps slugs short', () => expect(slugify('a'.repeat(200)).length).toBeLessThanOrEqual(80));
});

describe('invitationStatus', () => {
  const base = { acceptedAt: null, revokedAt: null, expiresAt: new Date(Date.now() + 60_000) } as never;
  it('is pending, accepted, revoked or expired', () => {
    expect(invitationStatus(base)).toBe(InvitationStatus.PENDING);
    expect(invitationStatus({ ...(base as object), acceptedAt: new Date() } as never)).toBe(InvitationStatus.ACCEPTED);
    expect(invitationStatus({ ...(base as object), revokedAt: new Date() } as never)).toBe(InvitationStatus.REVOKED);
    expect(invitationStatus({ ...(base as object), expiresAt: new Date(0) } as never)).toBe(InvitationStatus.EXPIRED);
  });
});
