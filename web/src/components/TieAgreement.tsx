/**
 * On a tie's page, for readers of its proposal: the proposal whose signing made the tie, with the signed
 * agreement and its files. Proposals are internal, so the public and readers outside the jurisdiction see
 * nothing here (the server answers them with no proposal).
 */
import { Link } from 'react-router-dom';
import { useGet } from '../api';
import { useFormat } from '../format';
import { apiPath, proposalPath, type Proposal, type ProposalDetail } from '../proposals-api';
import { useSession } from '../session';
import { AgreementFileList, SigningFacts } from './Agreement';

export function TieAgreement({ partnershipId }: { partnershipId: string }) {
  const session = useSession();
  const proposals = useGet<{ items: Proposal[] }>(
    session.user ? `/api/proposals?partnership=${encodeURIComponent(partnershipId)}` : null,
  );
  const items = proposals.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <>
      {items.map((p) => (
        <ProposalAgreement key={p.id} id={p.id} />
      ))}
    </>
  );
}

function ProposalAgreement({ id }: { id: string }) {
  const f = useFormat();
  const { data: d } = useGet<ProposalDetail>(apiPath(id));
  if (!d) return null;
  return (
    <section data-testid="tie-agreement">
      <h3>{f.t('partnership.agreement.title')}</h3>
      <p className="muted small">
        {f.t('partnership.agreement.lead')}{' '}
        <Link to={proposalPath(d.id)}>{f.t('partnership.agreement.openProposal')}</Link>
      </p>
      {d.signing && <SigningFacts signing={d.signing} />}
      {d.files.length === 0 ? (
        <p className="muted">{f.t('proposals.files.none')}</p>
      ) : (
        <AgreementFileList proposalId={d.id} files={d.files} />
      )}
    </section>
  );
}
