import type { Permission } from '@sendreg/contracts';
import { NavLink } from 'react-router';
import { meets } from '../../../lib/grants';
import { useSchool } from '../../../lib/school-context';

interface SubNavItem {
  label: string;
  path: string;
  permission: Permission;
  scope?: 'all';
}

/** The provision map's own pages, shown only to those their grants allow (the server decides). */
const ITEMS: readonly SubNavItem[] = [
  { label: 'Groups', path: 'provision', permission: 'provision.read', scope: 'all' },
  { label: 'Provision map', path: 'provision/map', permission: 'report.read' },
  { label: 'Costs', path: 'provision/costs', permission: 'cost.read' },
  { label: 'Impact', path: 'provision/impact', permission: 'report.read' },
  { label: 'Interventions', path: 'interventions', permission: 'intervention.read' },
  { label: 'Term dates', path: 'term-dates', permission: 'staff.read' },
];

/** Secondary navigation between the provision pages, below the page heading. */
export function ProvisionSubNav() {
  const school = useSchool();
  const items = ITEMS.filter((item) => meets(school.grants, item));
  if (items.length < 2) return null;
  return (
    <nav className="sub-nav" aria-label="Provision">
      <ul className="sub-nav__list">
        {items.map((item) => (
          <li key={item.path}>
            <NavLink className="sub-nav__link" to={`/schools/${school.schoolId}/${item.path}`} end>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
