/**
 * The kinds of refusal a client tells apart (a problem's `type`, RFC 9457), so that it can say in the
 * user's language why a write was refused without reading the English detail. The web application
 * reads them from its generated copy (web/src/generated/entities.ts).
 */
export const PROBLEM_TYPES = {
  /** The token may only read. */
  readOnlyToken: 'urn:amity:problem:read-only-token',
  /** The record lies outside the jurisdictions of the user's roles (or names no Chinese place). */
  outsideJurisdiction: 'urn:amity:problem:outside-jurisdiction',
  /** A department's record lies under no tie assigned to its organisation. */
  notAssigned: 'urn:amity:problem:not-assigned',
  /** A department user belongs to no organisation, so no tie can be assigned to them. */
  noOrganisation: 'urn:amity:problem:no-organisation',
  /** No role of the user allows the action at all. */
  notPermitted: 'urn:amity:problem:not-permitted',
} as const;

export type ProblemType = (typeof PROBLEM_TYPES)[keyof typeof PROBLEM_TYPES];
