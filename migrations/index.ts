// Every migration, in order. `npm run migration:generate -- <kebab-name>` adds one.
import { InitialIdentity1795305423112 } from './1795305423112-initial-identity';

export const ALL_MIGRATIONS: Function[] = [InitialIdentity1795305423112];
