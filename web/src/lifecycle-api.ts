/**
 * A tie's life after signing and a project's milestones: the decisions an office records on a
 * partnership (active, dormant, suspended, ended, since when and why), the due and done dates of a
 * milestone, the dates the forms check before sending, and the keys of readable refusals.
 */
import {
  ApiError,
  api,
  everyValue,
  type PartnershipDetail,
  type ProjectDetail,
  type RequestBody,
} from './api';
import { PROBLEM_TYPES } from './generated/entities';

export type DecisionInput = RequestBody<'/api/partnerships/{id}/lifecycle'>;
export type DecisionStatus = DecisionInput['status'];
export type MilestoneInput = RequestBody<'/api/projects/{id}/milestones/{seq}', 'put'>;
export type Milestone = ProjectDetail['milestones'][number];

/** The statuses a decision may give a tie, in the order the form offers them. */
export const DECISION_STATUSES = everyValue<DecisionStatus>()(['active', 'dormant', 'suspended', 'ended']);

export const isDecisionStatus = (value: string): value is DecisionStatus =>
  (DECISION_STATUSES as readonly string[]).includes(value);

export function recordDecision(id: string, input: DecisionInput): Promise<PartnershipDetail> {
  return api<PartnershipDetail>(`/api/partnerships/${encodeURIComponent(id)}/lifecycle`, {
    method: 'POST',
    body: JSON.stringify(input),
  });
}

/**
 * Whether the server would take a write, asked of its access probe (which knows the jurisdictions and the
 * ties assigned to the user's organisation): allowed, or the refusal it gave.
 */
export async function writeAccess(url: string): Promise<{ allowed: boolean; refusal: ApiError | null }> {
  try {
    await api<void>(url);
    return { allowed: true, refusal: null };
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) return { allowed: false, refusal: error };
    throw error;
  }
}

/** Whether the signed-in user may set this project's milestone dates; when not, the key of the reason. */
export async function milestoneAccess(
  projectId: string,
): Promise<{ allowed: boolean; reasonKey: string | null }> {
  const { allowed, refusal } = await writeAccess(
    `/api/projects/${encodeURIComponent(projectId)}/milestones/access`,
  );
  return { allowed, reasonKey: refusal && writeErrorKey(refusal, 'milestone') };
}

export function setMilestoneDates(
  projectId: string,
  seq: number,
  input: MilestoneInput,
): Promise<ProjectDetail> {
  return api<ProjectDetail>(`/api/projects/${encodeURIComponent(projectId)}/milestones/${seq}`, {
    method: 'PUT',
    body: JSON.stringify(input),
  });
}

/** Whether year, month and day name a day of the calendar. */
function realDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && new Date(Date.UTC(year, month, 0)).getUTCDate() >= day;
}

/**
 * A decision's date as the server takes it: YYYY, YYYY-MM or YYYY-MM-DD, a real day, in the years
 * 1000–2100 (a decision may take effect on a coming date, such as the end of an agreement's term).
 */
export function validDecisionDate(text: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1000 || year > 2100) return false;
  if (m[2] === undefined) return true;
  if (Number(m[2]) < 1 || Number(m[2]) > 12) return false;
  return m[3] === undefined || realDay(year, Number(m[2]), Number(m[3]));
}

/** A day as YYYY-MM-DD, a real one. */
export function validDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m !== null && Number(m[1]) >= 1000 && realDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Today in the user's own time zone, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The key of a message in the user's language for a refusal of a lifecycle or milestone write, from its
 * status, its problem type and the fields it names; null when the refusal is not one the page knows.
 */
export function writeErrorKey(error: unknown, record: 'partnership' | 'milestone'): string | null {
  if (!(error instanceof ApiError)) return null;
  const prefix = record === 'partnership' ? 'lifecycle.errors' : 'milestone.errors';
  switch (error.status) {
    case 401:
      return `${prefix}.signedOut`;
    case 403:
      switch (error.problem?.type) {
        // A department writes only under the ties assigned to its organisation.
        case PROBLEM_TYPES.notAssigned:
          return record === 'milestone' ? `${prefix}.notAssigned` : `${prefix}.forbidden`;
        case PROBLEM_TYPES.noOrganisation:
          return record === 'milestone' ? `${prefix}.noOrganisation` : `${prefix}.forbidden`;
        case PROBLEM_TYPES.outsideJurisdiction:
          return `${prefix}.outside`;
        case PROBLEM_TYPES.readOnlyToken:
          return `${prefix}.readOnly`;
        default:
          return `${prefix}.forbidden`;
      }
    case 404:
      return `${prefix}.notFound`;
    case 422:
      if (record === 'partnership' && error.problem?.errors?.some((e) => e.field === 'body.reason'))
        return `${prefix}.reasonMissing`;
      return `${prefix}.dateInvalid`;
    default:
      return null;
  }
}
