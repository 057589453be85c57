import { CORE_ENTITIES } from '@commonground/api-core';
import { IDENTITY_ENTITIES } from '@commonground/api-identity';

/** Every TypeORM entity of the product; each feature library lists its own. */
export const ALL_ENTITIES = [...CORE_ENTITIES, ...IDENTITY_ENTITIES];
