import { Access, Actor, SignedInActor, badInput } from '@commonground/api-core';
import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { NotificationService } from './notification.service';

@ObjectType()
export class Notification {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) body: string | null;
  @Field(() => String, { nullable: true, description: 'a path of the web client' }) link: string | null;
  @Field(() => Date) createdAt: Date;
  @Field() read: boolean;
}

@ObjectType()
export class NotificationList {
  @Field(() => [Notification]) items: Notification[];
  @Field(() => Int) unreadCount: number;
}

@Resolver()
export class NotificationResolver {
  constructor(private readonly notificationService: NotificationService) {}

  @Query(() => NotificationList, { description: "The signed-in user's and the active organization's notifications, newest first." })
  @Access('signed-in')
  async notifications(@SignedInActor() actor: Actor, @Args('first', { type: () => Int, nullable: true }) first?: number): Promise<NotificationList> {
    const limit = first ?? 20;
    if (limit < 1 || limit > 100) throw badInput('first', 'first must be between 1 and 100.');
    const [rows, unreadCount] = await Promise.all([this.notificationService.list(actor, limit), this.notificationService.unreadCount(actor)]);
    return { items: rows.map((n) => ({ id: n.id, kind: n.kind, title: n.title, body: n.body, link: n.link, createdAt: n.createdAt, read: n.readBy.includes(actor.userId) })), unreadCount };
  }

  @Mutation(() => Boolean)
  @Access('signed-in')
  async markNotificationsRead(@SignedInActor() actor: Actor): Promise<boolean> {
    await this.notificationService.markRead(actor);
    return true;
  }
}
