import type { GrantScope, Grants, Permission } from '@sendreg/contracts';

/**
 * What a page or a link needs from the membership's grants. Without a scope any grant will do; with
 * 'all' the grant must cover the whole school; with 'own' it must be limited to the person's own pupils
 * (so "My pupils" is shown to teachers and TAs, not to a SENCO who already sees the whole register).
 */
export interface Requirement {
  permission: Permission;
  scope?: GrantScope;
}

export function meets(grants: Grants, { permission, scope }: Requirement): boolean {
  const granted = grants[permission];
  if (granted === undefined) return false;
  return scope === undefined || granted === scope;
}
