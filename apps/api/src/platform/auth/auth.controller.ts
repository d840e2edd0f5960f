import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { TokenResponse } from '@sendreg/contracts';
import type { CookieOptions, Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Public } from './access.decorators';
import { AuthService, IssuedTokens } from './auth.service';
import { LoginDto, TokenResponseDto } from './dto/login.dto';

export const REFRESH_COOKIE = 'sr_refresh';
const COOKIE_PATH = '/api/auth';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenResponseDto, description: 'Signed in; the refresh cookie is set' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts for this account or address' })
  async login(
    @Body() body: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TokenResponse> {
    return this.respond(res, await this.auth.login(body.email, body.password, req.ip ?? 'unknown'));
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({
    type: TokenResponseDto,
    description: 'A new access token; the refresh cookie is replaced',
  })
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TokenResponse> {
    try {
      return this.respond(res, await this.auth.refresh(this.cookie(req)));
    } catch (error) {
      res.clearCookie(REFRESH_COOKIE, this.cookieOptions());
      throw error;
    }
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signed out; the session is revoked' })
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(this.cookie(req));
    res.clearCookie(REFRESH_COOKIE, this.cookieOptions());
  }

  private cookie(req: Request): string | undefined {
    const value = (req.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
    return typeof value === 'string' && value.length > 0 && value.length < 200 ? value : undefined;
  }

  private cookieOptions(): CookieOptions {
    return { httpOnly: true, secure: this.config.cookieSecure, sameSite: 'strict', path: COOKIE_PATH };
  }

  private respond(res: Response, issued: IssuedTokens): TokenResponse {
    res.cookie(REFRESH_COOKIE, issued.refreshToken, {
      ...this.cookieOptions(),
      expires: issued.refreshExpiresAt,
    });
    res.setHeader('Cache-Control', 'no-store');
    return issued.response;
  }
}
