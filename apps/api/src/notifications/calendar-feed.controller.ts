import { Controller, Delete, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { CalendarFeed } from '@sendreg/contracts';
import { Public, SchoolMember } from '../platform/auth/access.decorators';
import { Auth, RequestAuth } from '../platform/auth/principal';
import { CalendarFeedService } from './calendar-feed.service';

/** The caller's own calendar feed address in this school: whoever they are, only theirs. */
@ApiTags('notifications')
@Controller('schools/:schoolId/calendar-feed')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @SchoolMember()
  @Get()
  @ApiOkResponse({ description: 'Whether I have a calendar feed, and since when (never its address)' })
  get(@Auth() auth: RequestAuth): Promise<CalendarFeed> {
    return this.feeds.get(auth);
  }

  @SchoolMember()
  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({
    description: 'A new secret feed address, given only in this answer; the previous address stops working',
  })
  create(@Auth() auth: RequestAuth): Promise<CalendarFeed> {
    return this.feeds.create(auth);
  }

  @SchoolMember()
  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The feed address stops working' })
  revoke(@Auth() auth: RequestAuth): Promise<void> {
    return this.feeds.revoke(auth);
  }
}

/**
 * The feed itself, fetched by calendar apps, which cannot sign in: the secret token in the address is
 * the only credential, so it is public here, never cached, and never written to the logs.
 */
@ApiTags('notifications')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Public()
  @Get(':token.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, no-store')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'The review dates of the feed’s owner, pupils by initials and year only' })
  @ApiNotFoundResponse({ description: 'No such feed, or it was turned off or replaced' })
  feed(@Param('token') token: string): Promise<string> {
    return this.feeds.feed(token);
  }
}
