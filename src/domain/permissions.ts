/**
 * Who may do what, and where: the one permission table of the platform. The API checks every write
 * against it on the server; the web shows it on the account pages. A role is granted over a
 * jurisdiction (a place in China's hierarchy, or the whole nation when none), and reaches the places
 * under it.
 */
import { z } from 'zod';

export const ROLES = ['viewer', 'editor', 'reviewer', 'coordinator', 'department', 'administrator'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

/** A role over a jurisdiction; `jurisdictionId` null is the whole nation. */
export interface Grant {
  role: Role;
  jurisdictionId: string | null;
}

export const ACTIONS = [
  'records.read-internal',
  'registry.write',
  'reference.write',
  'cooperation.write',
  'indices.write',
  'proposals.draft',
  'proposals.review',
  'users.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * How far a grant reaches for an action:
 * - `jurisdiction`: each Chinese place of the record must lie in a jurisdiction of the grants (the API
 *   checks place by place; a record with no Chinese place, such as a foreign city, needs a nation-wide
 *   grant);
 * - `nation`: only a nation-wide grant;
 * - `any`: a grant of the role anywhere (work that belongs to no place, such as an index definition).
 */
export type Reach = 'jurisdiction' | 'nation' | 'any';

export interface Permission {
  roles: readonly Role[];
  reach: Reach;
  /**
   * Roles among `roles` that reach a record only under a tie assigned to their organisation: a
   * department contributor records the projects and exchanges of the ties it is given, not all of its
   * jurisdiction's.
   */
  underAssignedTie?: readonly Role[];
  en: string;
  zh: string;
}

export const PERMISSIONS: Record<Action, Permission> = {
  'records.read-internal': {
    // Departments read what they record: the projects and exchanges they run in the jurisdiction.
    roles: ['viewer', 'editor', 'reviewer', 'coordinator', 'department', 'administrator'],
    reach: 'jurisdiction',
    en: 'read internal records of the jurisdiction',
    zh: '查阅辖区内部记录',
  },
  'registry.write': {
    roles: ['editor', 'coordinator', 'administrator'],
    reach: 'jurisdiction',
    en: 'keep partnerships, organisations, sources and needs of the jurisdiction',
    zh: '维护辖区的友好关系、组织、来源和需求',
  },
  'reference.write': {
    roles: ['editor', 'coordinator', 'administrator'],
    reach: 'jurisdiction',
    en: 'add places, names, coastal flags and administrative changes in the jurisdiction',
    zh: '在辖区内新增地点、名称、沿海标记和行政区划调整',
  },
  'cooperation.write': {
    roles: ['department', 'editor', 'coordinator', 'administrator'],
    reach: 'jurisdiction',
    underAssignedTie: ['department'],
    en: 'record projects, exchanges and figures of the jurisdiction (a department: under the ties assigned to its organisation)',
    zh: '记录辖区的项目、交流和数据（业务部门：限于交由本单位承办的友好关系）',
  },
  'indices.write': {
    roles: ['editor', 'coordinator', 'administrator'],
    reach: 'any',
    en: 'define, build and delete composite indices',
    zh: '定义、计算和删除综合指数',
  },
  'proposals.draft': {
    roles: ['editor', 'coordinator'],
    reach: 'jurisdiction',
    en: 'draft and submit proposals for new partnerships',
    zh: '起草并提交新建友好关系的申请',
  },
  'proposals.review': {
    roles: ['reviewer', 'coordinator'],
    reach: 'jurisdiction',
    en: 'approve, return or reject proposals from the jurisdictions below',
    zh: '审核、退回或否决下级辖区的申请',
  },
  'users.manage': {
    roles: ['administrator'],
    reach: 'nation',
    en: 'manage users, roles and organisations',
    zh: '管理用户、角色和组织',
  },
};

/**
 * Whether `grants` allow `action` on a record whose places (with all their ancestors) are
 * `recordScope`. For a `jurisdiction` action a grant reaches the record when its jurisdiction is one
 * of those places; a nation-wide grant reaches everything. A role the action reaches only under an
 * assigned tie needs `underAssignedTie`: the record lies under a tie assigned to the user's organisation.
 */
export function allows(
  grants: readonly Grant[],
  action: Action,
  recordScope: readonly string[] = [],
  underAssignedTie = false,
): boolean {
  const permission = PERMISSIONS[action];
  return grants.some((grant) => {
    if (!permission.roles.includes(grant.role)) return false;
    if (permission.underAssignedTie?.includes(grant.role) && !underAssignedTie) return false;
    // Administrators are granted over the nation only (see newGrantSchema), so no role reaches past its jurisdiction.
    if (grant.jurisdictionId === null) return true;
    if (permission.reach === 'any') return true;
    if (permission.reach === 'nation') return false;
    return recordScope.includes(grant.jurisdictionId);
  });
}

/**
 * Where `grants` allow any of `actions`: null for the whole nation, otherwise the jurisdictions (none:
 * nowhere). What a reader's lists of internal work (proposals, the inbox, the review queue) cover.
 */
export function jurisdictionsFor(grants: readonly Grant[], actions: readonly Action[]): string[] | null {
  const matching = grants.filter((g) => actions.some((a) => PERMISSIONS[a].roles.includes(g.role)));
  if (matching.some((g) => g.jurisdictionId === null)) return null;
  return matching.map((g) => g.jurisdictionId!);
}

/** The actions a set of grants allows somewhere (what the web offers a signed-in user). */
/** Whether some of `grants` reach `action` only under ties assigned to the user's organisation. */
export function needsAssignedTie(grants: readonly Grant[], action: Action): boolean {
  const roles = PERMISSIONS[action].underAssignedTie ?? [];
  return grants.some((g) => roles.includes(g.role));
}

export function actionsOf(grants: readonly Grant[]): Action[] {
  return ACTIONS.filter((action) => grants.some((grant) => PERMISSIONS[action].roles.includes(grant.role)));
}
