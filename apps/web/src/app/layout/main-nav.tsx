import { NavLink } from 'react-router';
import { OpenConcernsBadge } from '../../features/concerns/components/open-concerns-badge';
import { meets } from '../../lib/grants';
import { CONCERNS, SCHOOL_NAV, TRUST_NAV } from '../navigation';
import type { WorkingContext } from './working-context';

/** The main navigation: only the items the membership's grants allow (see navigation.ts). */
export function MainNav({ context }: { context: WorkingContext }) {
  const items = (context.kind === 'school' ? SCHOOL_NAV : TRUST_NAV).filter((item) =>
    meets(context.membership.grants, item),
  );
  if (items.length === 0) return null;
  return (
    <nav className="main-nav" aria-label="Main">
      <ul className="main-nav__list width-container">
        {items.map((item) => (
          <li className="main-nav__item" key={item.path}>
            <NavLink className="main-nav__link" to={`${context.root}/${item.path}`}>
              {item.label}
              {item === CONCERNS && context.kind === 'school' ? (
                <OpenConcernsBadge schoolId={context.membership.schoolId} />
              ) : null}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
