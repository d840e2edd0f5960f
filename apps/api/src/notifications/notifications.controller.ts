import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { NotificationList } from '@sendreg/contracts';
import { SchoolMember } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { UuidParamPipe } from '../platform/http/uuid-param.pipe';
import { NotificationsService } from './notifications.service';

/** Each person's own notifications: whoever they are in the school, they see only theirs. */
@ApiTags('notifications')
@Controller('schools/:schoolId/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @SchoolMember()
  @Get()
  @ApiOkResponse({
    description: 'My notifications: unread ones and those of the last 60 days, newest first (at most 100)',
  })
  list(@Auth() auth: RequestAuth): Promise<NotificationList> {
    return this.notifications.list(auth);
  }

  @SchoolMember()
  @Post('read-all')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'All my notifications are marked read' })
  markAllRead(@Auth() auth: RequestAuth): Promise<void> {
    return this.notifications.markAllRead(auth);
  }

  @SchoolMember()
  @Post(':notificationId/read')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The notification is marked read (again: the first time is kept)' })
  markRead(
    @Auth() auth: RequestAuth,
    @Param('notificationId', UuidParamPipe) notificationId: string,
  ): Promise<void> {
    return this.notifications.markRead(auth, notificationId);
  }
}
