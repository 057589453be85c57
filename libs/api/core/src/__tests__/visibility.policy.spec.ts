import type { Actor } from '../auth/actor';
import { Visibility } from '../graphql/enums';
import { VisibilityPolicy, VisibleRecord, columnsOf } from '../policy/visibility.policy';

const policy = new VisibilityPolicy();
const ORG = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const INIT = '33333333-3333-4333-8333-333333333333';
const actor = (over: Partial<Actor> = {}): Actor => ({
  userId: 'u',
  sessionId: 's',
  isPlatformAdmin: false,
  organizationId: ORG,
  role: null,
  initiativeIds: [INIT],
  locale: 'en',
  ...over,
});
const record = (visibility: Visibility, over: Partial<VisibleRecord> = {}): VisibleRecord => ({
  visibility,
  visibilityInitiativeIds: [],
  visibilityOrganizationIds: [],
  ownerOrganizationId: OTHER,
  ...over,
});

describe('VisibilityPolicy.canSee', () => {
  it.each([
    ['PUBLIC to anyone', null, record(Visibility.PUBLIC), true],
    ['PLATFORM not to the signed-out', null, record(Visibility.PLATFORM), false],
    ['PLATFORM to any signed-in user', actor({ organizationId: null }), record(Visibility.PLATFORM), true],
    ['PRIVATE not to another organization', actor(), record(Visibility.PRIVATE), false],
    ['PRIVATE to its owner', actor(), record(Visibility.PRIVATE, { ownerOrganizationId: ORG }), true],
    ['ORGANIZATIONS to a listed organization', actor(), record(Visibility.ORGANIZATIONS, { visibilityOrganizationIds: [ORG] }), true],
    ['ORGANIZATIONS not to an unlisted one', actor(), record(Visibility.ORGANIZATIONS, { visibilityOrganizationIds: [OTHER] }), false],
    ['INITIATIVE to active members', actor(), record(Visibility.INITIATIVE, { visibilityInitiativeIds: [INIT] }), true],
    ['INITIATIVE not to others', actor({ initiativeIds: [] }), record(Visibility.INITIATIVE, { visibilityInitiativeIds: [INIT] }), false],
    ['PRIVATE not even to a platform admin', actor({ isPlatformAdmin: true }), record(Visibility.PRIVATE), false],
  ])('%s', (_name, who, item, expected) => {
    expect(policy.canSee(who, item)).toBe(expected);
  });
});

describe('VisibilityPolicy.sqlCondition and searchFilter', () => {
  it('gives the signed-out only PUBLIC', () => {
    expect(policy.sqlCondition(null, columnsOf('t')).where).toBe(`(t.visibility = 'PUBLIC')`);
    expect(policy.searchFilter(null)).toBe('visibility = PUBLIC');
  });

  it('binds the organization and initiatives as parameters, never as SQL text', () => {
    const { where, parameters } = policy.sqlCondition(actor(), columnsOf('t'));
    expect(where).not.toContain(ORG);
    expect(Object.values(parameters)).toEqual(expect.arrayContaining([ORG, [INIT]]));
  });

  it('filters search documents by owner, listed organizations and initiatives', () => {
    const filter = policy.searchFilter(actor());
    expect(filter).toContain(`owner_organization = "${ORG}"`);
    expect(filter).toContain(`visibility_organizations = "${ORG}"`);
    expect(filter).toContain(`visibility_initiatives IN ["${INIT}"]`);
  });
});
