import { registerEnumType } from '@nestjs/graphql';

// Enums used across features live here so that every library speaks of them
// in the same words. Values match ../shared/contract.graphql.

export enum OrganizationKind {
  SECRETARIAT = 'SECRETARIAT',
  COMPANY = 'COMPANY',
  DONOR = 'DONOR',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  GOVERNMENT = 'GOVERNMENT',
  SMELTER_REFINER = 'SMELTER_REFINER',
  RESEARCH = 'RESEARCH',
  OTHER = 'OTHER',
}
export enum SizeBand {
  MICRO = 'MICRO',
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
}
export enum OrganizationRole {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}
export enum InitiativeMembershipStatus {
  APPLIED = 'APPLIED',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  LEFT = 'LEFT',
}
export enum Visibility {
  PUBLIC = 'PUBLIC',
  PLATFORM = 'PLATFORM',
  INITIATIVE = 'INITIATIVE',
  ORGANIZATIONS = 'ORGANIZATIONS',
  PRIVATE = 'PRIVATE',
}

registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
registerEnumType(SizeBand, { name: 'SizeBand' });
registerEnumType(OrganizationRole, { name: 'OrganizationRole' });
registerEnumType(InitiativeMembershipStatus, { name: 'InitiativeMembershipStatus' });
registerEnumType(Visibility, { name: 'Visibility' });
