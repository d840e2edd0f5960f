import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AuthenticationGuard } from './authentication.guard';
import { AuthorizationGuard } from './authorization.guard';
import { JwtStrategy } from './jwt.strategy';
import { MeController } from './me.controller';
import { PrincipalService } from './principal.service';

@Module({
  imports: [PassportModule, JwtModule.register({})],
  controllers: [AuthController, MeController],
  providers: [
    AuthService,
    PrincipalService,
    JwtStrategy,
    // Order matters: who you are, then what you may do. Both apply to every route.
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: AuthorizationGuard },
  ],
})
export class AuthModule {}
