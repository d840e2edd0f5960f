import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { TokenResponse } from '@sendreg/contracts';
import { createHash, randomBytes } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { unauthenticated } from '../http/problem';
import { DbContext } from '../tenancy/db-context';
import { ACCESS_TOKEN_ALGORITHM } from './jwt.strategy';
import { assertLoginAllowed, recordLoginAttempt } from './login-throttle';
import { burnPasswordCheck, verifyPassword } from './passwords';

export interface IssuedTokens {
  response: TokenResponse;
  refreshToken: string;
  refreshExpiresAt: Date;
}

const INVALID_LOGIN = 'The email address or password is not right.';

function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/**
 * Sign-in, refresh and sign-out. A sign-in opens a session; each refresh token is single-use and
 * replaced on refresh; presenting a used one again means it was stolen, so the whole session ends.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly db: DbContext,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(emailInput: string, password: string, address: string): Promise<IssuedTokens> {
    const email = emailInput.trim().toLowerCase();
    await this.db.runAsUser(null, (m) => assertLoginAllowed(m, email, address));
    const [user] = await this.db.runAsUser(null, (m) =>
      m.query(`SELECT id, password_hash FROM app_password_hash($1)`, [email]),
    );
    const ok = user?.password_hash ? await verifyPassword(user.password_hash, password) : false;
    if (!user?.password_hash) await burnPasswordCheck(password);
    if (!ok) {
      await this.db.runAsUser(null, (m) => recordLoginAttempt(m, email, address, false));
      throw unauthenticated(INVALID_LOGIN);
    }
    return this.db.runAsUser(user.id, async (m) => {
      await recordLoginAttempt(m, email, address, true);
      const expiresAt = new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000);
      const [session] = await m.query(
        `INSERT INTO auth_sessions (user_id, expires_at) VALUES ($1, $2) RETURNING id`,
        [user.id, expiresAt],
      );
      return this.issue(user.id, session.id, expiresAt);
    });
  }

  async refresh(refreshToken: string | undefined): Promise<IssuedTokens> {
    if (!refreshToken) throw unauthenticated('Your session has ended. Please sign in again.', true);
    const outcome = await this.db.runAsUser(null, async (m) => {
      const [row] = await m.query(
        `SELECT t.session_id, t.used_at, s.user_id, s.expires_at, s.revoked_at, u.disabled_at
           FROM refresh_tokens t JOIN auth_sessions s ON s.id = t.session_id JOIN users u ON u.id = s.user_id
          WHERE t.token_hash = $1 FOR UPDATE OF t, s`,
        [hashToken(refreshToken)],
      );
      if (!row) return null;
      if (row.used_at) {
        // Reuse of a spent token: someone else holds this session. End it for everyone.
        await m.query(
          `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'refresh-token-reuse'
            WHERE id = $1 AND revoked_at IS NULL`,
          [row.session_id],
        );
        return null;
      }
      if (row.revoked_at || row.disabled_at || new Date(row.expires_at) <= new Date()) return null;
      await m.query(`UPDATE refresh_tokens SET used_at = now() WHERE token_hash = $1`, [
        hashToken(refreshToken),
      ]);
      return this.issue(row.user_id, row.session_id, new Date(row.expires_at), m);
    });
    if (!outcome) throw unauthenticated('Your session has ended. Please sign in again.', true);
    return outcome;
  }

  async logout(refreshToken: string | undefined): Promise<void> {
    if (!refreshToken) return;
    await this.db.runAsUser(null, (m) =>
      m.query(
        `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'signed-out'
          WHERE revoked_at IS NULL AND id = (SELECT session_id FROM refresh_tokens WHERE token_hash = $1)`,
        [hashToken(refreshToken)],
      ),
    );
  }

  private async issue(
    userId: string,
    sessionId: string,
    refreshExpiresAt: Date,
    manager = this.db.manager,
  ): Promise<IssuedTokens> {
    const refreshToken = randomBytes(32).toString('base64url');
    await manager.query(`INSERT INTO refresh_tokens (token_hash, session_id) VALUES ($1, $2)`, [
      hashToken(refreshToken),
      sessionId,
    ]);
    const accessToken = await this.jwt.signAsync(
      { sid: sessionId },
      {
        subject: userId,
        algorithm: ACCESS_TOKEN_ALGORITHM,
        secret: this.config.jwtSecret,
        issuer: this.config.jwtIssuer,
        audience: this.config.jwtAudience,
        expiresIn: this.config.accessTokenTtlSeconds,
      },
    );
    return {
      response: { accessToken, tokenType: 'Bearer', expiresIn: this.config.accessTokenTtlSeconds },
      refreshToken,
      refreshExpiresAt,
    };
  }
}
