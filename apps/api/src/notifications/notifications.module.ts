import { Module } from '@nestjs/common';
import { CalendarController, CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedService } from './calendar-feed.service';
import { MailScheduler } from './mail-scheduler';
import { MailerService } from './mailer.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** Notifications: the outbox read in the app, the email sender, calendar feeds. */
@Module({
  controllers: [NotificationsController, CalendarFeedController, CalendarController],
  providers: [NotificationsService, CalendarFeedService, MailerService, MailScheduler],
  exports: [MailerService],
})
export class NotificationsModule {}
