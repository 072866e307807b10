/**
 * My workspace: the inbox of what waits for the user (proposals to review, returned or decided ones,
 * overdue milestones), the proposals in progress grouped by who holds them, and a new proposal.
 */
import { Link } from 'react-router-dom';
import { api, useAsync } from '../api';
import { SignInNotice } from '../components/Accounts';
import { ProposalRow, pairTitle } from '../components/Proposals';
import { Async, Loading, NameText, PageTitle, Section } from '../components/ui';
import { useFormat } from '../format';
import {
  awaitsMyReview,
  isMine,
  OPEN_STATES,
  proposalPath,
  type Inbox,
  type InboxItem,
  type Proposal,
} from '../proposals-api';
import { useSession, type User } from '../session';
import { TABS, useStewardshipTotals } from '../stewardship-api';

export default function Workspace() {
  const f = useFormat();
  const session = useSession();
  const user = session.user;
  return (
    <div className="page workspace-page">
      <PageTitle title={f.t('workspace.title')} lead={f.t('workspace.lead')}>
        {user && session.can('proposals.draft') && (
          <div className="actions">
            <Link className="btn btn-primary" to="/proposals/new" data-testid="new-proposal">
              {f.t('workspace.newProposal')}
            </Link>
          </div>
        )}
      </PageTitle>
      {!session.ready ? (
        <Loading />
      ) : !user ? (
        <SignInNotice text={f.t('workspace.signInFirst')} />
      ) : (
        <WorkspaceSections user={user} curator={session.can('registry.write')} />
      )}
    </div>
  );
}

function WorkspaceSections({ user, curator }: { user: User; curator: boolean }) {
  const f = useFormat();
  // Read afresh each time the workspace opens: what waits changes with every step anyone takes.
  const inbox = useAsync(`inbox:${user.id}`, () => api<Inbox>('/api/inbox'));
  const proposals = useAsync(`proposals:${user.id}`, () => api<{ items: Proposal[] }>('/api/proposals'));
  return (
    <>
      <Section title={f.t('workspace.inbox')} id="workspace-inbox">
        <Async state={inbox} isEmpty={(d) => d.items.length === 0} empty={f.t('workspace.inboxEmpty')}>
          {(d) => (
            <ul className="inbox-list" data-testid="inbox">
              {d.items.map((item, i) => (
                <InboxEntry
                  key={`${item.kind}-${item.proposal?.id ?? item.milestone?.projectId}-${i}`}
                  item={item}
                />
              ))}
            </ul>
          )}
        </Async>
      </Section>
      {curator && <StewardshipSummary user={user} />}
      <Async state={proposals}>{(d) => <ProposalGroups user={user} items={d.items} />}</Async>
    </>
  );
}

/** The open questions of data review, one link a question with its total. */
function StewardshipSummary({ user }: { user: User }) {
  const f = useFormat();
  const totals = useStewardshipTotals(user.id);
  return (
    <Section
      title={f.t('stewardship.title')}
      id="workspace-stewardship"
      actions={
        <Link to="/stewardship" className="strong" data-testid="workspace-stewardship-open">
          {f.t('stewardship.openReview')}
        </Link>
      }
    >
      <p className="muted small">{f.t('stewardship.workspaceLead')}</p>
      <ul className="stewardship-summary" data-testid="workspace-stewardship-totals">
        {TABS.map((q) => (
          <li key={q}>
            <Link to={q === 'conflicting' ? '/stewardship' : `/stewardship?question=${q}`}>
              {f.t(`stewardship.questions.${q}`)}
            </Link>{' '}
            <span
              className={`tab-count${totals.data?.[q] ? ' tab-count-open' : ''}`}
              data-testid={`workspace-stewardship-${q}`}
            >
              {totals.data ? f.num(totals.data[q]) : totals.error ? '—' : '…'}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function InboxEntry({ item }: { item: InboxItem }) {
  const f = useFormat();
  const bad = item.kind === 'proposal-rejected' || item.kind === 'milestone-overdue';
  const warn = item.kind === 'proposal-returned' || item.kind === 'proposal-to-review';
  return (
    <li className="inbox-item" data-testid="inbox-item" data-kind={item.kind} data-id={item.proposal?.id}>
      <div className="inbox-head">
        <span className={`tag ${bad ? 'tag-bad' : warn ? 'tag-warn' : 'tag-ok'}`}>
          {f.t(`inbox.kinds.${item.kind}`)}
        </span>
        {item.proposal ? (
          <Link to={proposalPath(item.proposal.id)} className="strong" data-testid="inbox-link">
            {pairTitle(f, item.proposal)}
          </Link>
        ) : item.milestone ? (
          <Link
            to={`/projects/${encodeURIComponent(item.milestone.projectId)}`}
            className="strong"
            data-testid="inbox-link"
          >
            <NameText of={{ nameEn: item.milestone.projectNameEn, nameZh: item.milestone.projectNameZh }} />
          </Link>
        ) : null}
        <time className="muted small inbox-time" dateTime={item.at}>
          {item.milestone ? f.t('inbox.due', { date: f.date(item.at) }) : f.dateTime(item.at)}
        </time>
      </div>
      {item.milestone && (
        <p className="small inbox-detail">
          {f.t('inbox.milestone', { seq: item.milestone.seq, description: item.milestone.description })}
        </p>
      )}
      {item.comment && (
        <blockquote className="inbox-comment" data-testid="inbox-comment">
          <span className="sr-only">{f.t('inbox.comment')}: </span>
          {item.comment}
        </blockquote>
      )}
    </li>
  );
}

function ProposalGroups({ user, items }: { user: User; items: Proposal[] }) {
  const f = useFormat();
  const open = items.filter((p) => OPEN_STATES.includes(p.state));
  const mine = open.filter((p) => isMine(user, p));
  const groups = {
    mine: mine.filter((p) => p.state === 'draft' || p.state === 'returned'),
    review: open.filter((p) => awaitsMyReview(user, p)),
    signing: mine.filter((p) => p.state === 'approved' || p.state === 'signed'),
  };
  const shown = new Set(Object.values(groups).flatMap((g) => g.map((p) => p.id)));
  const others = open.filter((p) => !shown.has(p.id));
  const canDraft = user.roles.some((g) => g.role === 'editor' || g.role === 'coordinator');
  const canReview = user.roles.some((g) => g.role === 'reviewer' || g.role === 'coordinator');
  if (!items.length)
    return (
      <Section title={f.t('workspace.groups.mine')} id="workspace-mine">
        <p className="muted" data-testid="no-proposals">
          {f.t('workspace.noProposals')}
        </p>
      </Section>
    );
  return (
    <>
      {(canDraft || groups.mine.length > 0) && <Group id="mine" items={groups.mine} />}
      {(canReview || groups.review.length > 0) && <Group id="review" items={groups.review} />}
      {(canDraft || groups.signing.length > 0) && <Group id="signing" items={groups.signing} />}
      {others.length > 0 && <Group id="others" items={others} />}
    </>
  );
}

function Group({ id, items }: { id: 'mine' | 'review' | 'signing' | 'others'; items: Proposal[] }) {
  const f = useFormat();
  return (
    <Section title={f.t(`workspace.groups.${id}`)} id={`workspace-${id}`}>
      <p className="muted small">{f.t(`workspace.groups.${id}Lead`)}</p>
      {items.length === 0 ? (
        <p className="muted">{f.t('workspace.none')}</p>
      ) : (
        <ul className="proposal-list" data-testid={`group-${id}`}>
          {items.map((p) => (
            <ProposalRow key={p.id} proposal={p} />
          ))}
        </ul>
      )}
    </Section>
  );
}
