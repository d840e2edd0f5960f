import { ROLE_LABELS } from '@sendreg/contracts';
import { Link } from 'react-router';
import { SERVICE_NAME } from '../../config/service';
import { useMe } from '../../lib/auth/get-me';
import { useSessionState } from '../../lib/auth/session-context';
import { NotificationsLink } from '../../features/notifications/components/notifications-link';
import { MainNav } from './main-nav';
import { SchoolSwitcher } from './school-switcher';
import { SignOutButton } from './sign-out-button';
import { useWorkingContext } from './working-context';

export function SiteHeader() {
  const { status } = useSessionState();
  const signedIn = status === 'signed-in';
  const { data: me } = useMe({ enabled: signedIn });
  const context = useWorkingContext(signedIn ? me : undefined);
  const roles = context ? context.membership.roles.map((role) => ROLE_LABELS[role]).join(', ') : '';

  return (
    <header className="header">
      <div className="header__top">
        <div className="header__bar width-container">
          <Link className="header__service" to="/">
            {SERVICE_NAME}
          </Link>
          {signedIn ? (
            <div className="header__account">
              {me ? <SchoolSwitcher me={me} current={context?.root} /> : null}
              {me ? (
                <p className="header__person">
                  {me.displayName}
                  {context ? (
                    <>
                      <span className="visually-hidden">, </span>
                      <span className="header__context">
                        {context.kind === 'school'
                          ? context.membership.schoolName
                          : context.membership.trustName}
                        {roles ? ` (${roles})` : ''}
                      </span>
                    </>
                  ) : null}
                </p>
              ) : null}
              {context?.kind === 'school' ? (
                <NotificationsLink schoolId={context.membership.schoolId} />
              ) : null}
              <SignOutButton />
            </div>
          ) : null}
        </div>
      </div>
      {context ? <MainNav context={context} /> : null}
    </header>
  );
}
