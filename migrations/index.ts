// Every migration, in order. `npm run migration:generate -- <kebab-name>` adds one.
import { InitialIdentity1795305423112 } from './1795305423112-initial-identity';
import { Membership1795307562672 } from './1795307562672-membership';
import { Glossary1795308153912 } from './1795308153912-glossary';
import { Matchmaking1795308599066 } from './1795308599066-matchmaking';
import { ProjectOverlapIndexes1795311365410 } from './1795311365410-project-overlap-indexes';
import { Clearinghouse1795314060854 } from './1795314060854-clearinghouse';
import { SmeltersAndAudits1795315120346 } from './1795315120346-smelters-and-audits';
import { OpportunityFiles1795318978737 } from './1795318978737-opportunity-files';
import { Concerns1796233537330 } from './1796233537330-concerns';
import { TermCategories1796235201258 } from './1796235201258-term-categories';
import { DeclarationImportLease1796236094967 } from './1796236094967-declaration-import-lease';

export const ALL_MIGRATIONS: Function[] = [InitialIdentity1795305423112, Membership1795307562672, Glossary1795308153912, Matchmaking1795308599066, ProjectOverlapIndexes1795311365410, Clearinghouse1795314060854, SmeltersAndAudits1795315120346, OpportunityFiles1795318978737, Concerns1796233537330, TermCategories1796235201258, DeclarationImportLease1796236094967];
