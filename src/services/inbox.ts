/**
 * The inbox of a signed-in user, derived from the records themselves so it is never out of step: the
 * proposals awaiting their review, what became of their office's proposals (returned, approved,
 * rejected), and overdue milestones of projects in their jurisdictions.
 */
import type { Database } from '../store/database.ts';
import { placeScopes } from '../store/place-tree.ts';
import { lastSteps } from '../store/proposals.ts';
import { overdueMilestones } from '../store/inbox.ts';
import { placeReadScope } from '../store/visibility.ts';
import { readScopeOf } from '../domain/visibility.ts';
import { jurisdictionsFor } from '../domain/permissions.ts';
import { availableSteps, mayPropose } from '../domain/proposals.ts';
import type { InboxItem } from '../domain/inbox.ts';
import { listReadableProposals } from './proposals.ts';
import type { Principal } from './accounts.ts';

/** Decisions on an office's proposals stay in its inbox this long. */
const DECISION_DAYS = 30;

const OUTCOME = {
  returned: 'proposal-returned',
  approved: 'proposal-approved',
  rejected: 'proposal-rejected',
} as const;

export async function inboxOf(db: Database, principal: Principal): Promise<InboxItem[]> {
  const items: InboxItem[] = [];
  const since = Date.now() - DECISION_DAYS * 86_400_000;
  const proposals = await listReadableProposals(db, principal, {});
  const scopes = await placeScopes(
    db,
    proposals.map((p) => p.place.id),
  );
  const decided = proposals.filter((p) => p.state in OUTCOME);
  const last = await lastSteps(
    db,
    decided.map((p) => p.id),
  );
  for (const proposal of proposals) {
    const position = {
      state: proposal.state,
      placeScope: scopes.get(proposal.place.id) ?? [proposal.place.id],
      provinceId: proposal.province?.id ?? null,
    };
    const ref = {
      id: proposal.id,
      place: proposal.place,
      candidate: proposal.candidate,
      state: proposal.state,
    };
    // A proposal the reader drafted waits for someone else's review, not theirs.
    if (
      proposal.createdBy !== principal.userId &&
      availableSteps(principal.grants, position).includes('approve')
    ) {
      items.push({
        kind: 'proposal-to-review',
        at: proposal.updatedAt,
        comment: null,
        proposal: ref,
        milestone: null,
      });
      continue;
    }
    const outcome = OUTCOME[proposal.state as keyof typeof OUTCOME];
    const step = last.get(proposal.id);
    if (!outcome || !step || !mayPropose(principal.grants, position)) continue;
    if (proposal.state !== 'returned' && Date.parse(step.at) < since) continue;
    items.push({ kind: outcome, at: step.at, comment: step.comment, proposal: ref, milestone: null });
  }
  const within = jurisdictionsFor(principal.grants, ['cooperation.write', 'records.read-internal']);
  if (within === null || within.length) {
    const readable = await placeReadScope(db, readScopeOf(principal.grants));
    for (const milestone of await overdueMilestones(db, within, readable))
      items.push({
        kind: 'milestone-overdue',
        at: milestone.dueOn,
        comment: null,
        proposal: null,
        milestone,
      });
  }
  return items.sort((a, b) => b.at.localeCompare(a.at));
}
