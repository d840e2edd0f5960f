import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { AccessClaims } from './principal';

export const ACCESS_TOKEN_ALGORITHM = 'HS256';

/** Verifies the bearer token: algorithm pinned, signature, expiry, issuer and audience. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      issuer: config.jwtIssuer,
      audience: config.jwtAudience,
      ignoreExpiration: false,
    });
  }

  validate(payload: Partial<AccessClaims>): AccessClaims | false {
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return false;
    return { sub: payload.sub, sid: payload.sid };
  }
}
