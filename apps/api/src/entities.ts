import { CORE_ENTITIES } from '@commonground/api-core';
import { CLEARINGHOUSE_ENTITIES } from '@commonground/api-clearinghouse';
import { GLOSSARY_ENTITIES } from '@commonground/api-glossary';
import { IDENTITY_ENTITIES } from '@commonground/api-identity';
import { MATCHMAKING_ENTITIES } from '@commonground/api-matchmaking';
import { MEMBERSHIP_ENTITIES } from '@commonground/api-membership';
import { SMELTER_ENTITIES } from '@commonground/api-smelters';
import { CONCERN_ENTITIES } from '@commonground/api-concerns';

/** Every TypeORM entity of the product; each feature library lists its own. */
export const ALL_ENTITIES = [...CORE_ENTITIES, ...IDENTITY_ENTITIES, ...MEMBERSHIP_ENTITIES, ...GLOSSARY_ENTITIES, ...MATCHMAKING_ENTITIES, ...CLEARINGHOUSE_ENTITIES, ...SMELTER_ENTITIES, ...CONCERN_ENTITIES];
