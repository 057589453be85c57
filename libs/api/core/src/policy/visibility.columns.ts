import { Column } from 'typeorm';
import { Visibility } from '../graphql/enums';

/**
 * The visibility columns of a shared item, as the VisibilityPolicy reads them
 * (`columnsOf(alias)`). Entities of shared items extend this class and add
 * their own `owner_organization_id`.
 */
export abstract class VisibilityColumns {
  @Column({ type: 'enum', enum: Visibility, enumName: 'visibility', default: Visibility.PLATFORM }) visibility: Visibility;
  @Column({ name: 'visibility_initiative_ids', type: 'uuid', array: true, default: '{}' }) visibilityInitiativeIds: string[];
  @Column({ name: 'visibility_organization_ids', type: 'uuid', array: true, default: '{}' }) visibilityOrganizationIds: string[];
}
