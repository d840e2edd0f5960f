import { Module } from '@nestjs/common';

/** Notifications: the outbox read in the app, the email sender, calendar feeds. */
@Module({ controllers: [], providers: [] })
export class NotificationsModule {}
