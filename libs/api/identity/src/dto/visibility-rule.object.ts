import { Visibility } from '@commonground/api-core';
import { Field, ObjectType } from '@nestjs/graphql';

/** The visibility of a shared item as the API shows it; initiatives and organizations resolve through loaders. */
@ObjectType()
export class VisibilityRule {
  @Field(() => Visibility) level: Visibility;
  initiativeIds: string[];
  organizationIds: string[];
}
