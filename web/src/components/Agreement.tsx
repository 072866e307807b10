/**
 * A signed agreement as the proposal page and the tie's page show it: the signing's facts, and the files,
 * each downloading under its own name with its size, upload and digest.
 */
import { useFormat } from '../format';
import { agreementFileUrl, type AgreementFile, type ProposalDetail } from '../proposals-api';

type Format = ReturnType<typeof useFormat>;

function fileSize(f: Format, bytes: number): string {
  if (bytes < 1024) return `${f.num(bytes)} B`;
  if (bytes < 1024 * 1024) return `${f.num(bytes / 1024, 1)} KB`;
  return `${f.num(bytes / 1024 / 1024, 1)} MB`;
}

export function SigningFacts({ signing }: { signing: NonNullable<ProposalDetail['signing']> }) {
  const f = useFormat();
  return (
    <dl className="facts" data-testid="proposal-signing">
      <div>
        <dt>{f.t('proposals.signedOn')}</dt>
        <dd>{f.date(signing.signed, signing.signedPrecision)}</dd>
      </div>
      <div>
        <dt>{f.t('proposals.signatories')}</dt>
        <dd>{signing.signatories}</dd>
      </div>
      {signing.agreementTitle && (
        <div className="wide">
          <dt>{f.t('proposals.agreementTitle')}</dt>
          <dd>{signing.agreementTitle}</dd>
        </div>
      )}
      {signing.agreementText && (
        <div className="wide">
          <dt>{f.t('proposals.agreementText')}</dt>
          <dd className="rationale agreement-text">{signing.agreementText}</dd>
        </div>
      )}
    </dl>
  );
}

export function AgreementFileList({ proposalId, files }: { proposalId: string; files: AgreementFile[] }) {
  const f = useFormat();
  return (
    <ul className="agreement-files">
      {files.map((file) => (
        <li key={file.id} data-testid="agreement-file">
          <a href={agreementFileUrl(proposalId, file.id)} download={file.name} className="break-words">
            {file.name}
          </a>{' '}
          <span className="muted small">
            {fileSize(f, file.bytes)} · {f.dateTime(file.uploadedAt)} ·{' '}
            {f.t('proposals.by', { login: file.uploadedBy })}
          </span>
          <div className="muted small" title={f.t('proposals.files.sha256')}>
            SHA-256 <code>{file.sha256.slice(0, 16)}…</code>
          </div>
        </li>
      ))}
    </ul>
  );
}
