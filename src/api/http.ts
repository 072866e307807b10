/**
 * The kinds of refusal a client tells apart (a problem's `type`, RFC 9457), so that it can say in the
 * user's language why a write was refused without reading the English detail.
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

/** An error the API reports as application/problem+json, naming what is wrong and where. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors: { field: string; reason: string }[] = [],
    /** One of PROBLEM_TYPES where a client tells the refusal apart; otherwise about:blank. */
    readonly type: string = 'about:blank',
  ) {
    super(detail ?? title);
  }
}
