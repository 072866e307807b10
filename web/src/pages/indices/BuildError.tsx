/** A failed build: the problems of invalid tables listed, any other error as usual. */
import { ApiError } from '../../api';
import { ErrorBox } from '../../components/ui';
import { useFormat } from '../../format';

export default function BuildError({ error, retry }: { error: Error; retry: () => void }) {
  const f = useFormat();
  const problems = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  if (!(error instanceof ApiError) || error.status !== 422) return <ErrorBox error={error} retry={retry} />;
  return (
    <div className="state state-error" role="alert" data-testid="index-error">
      <strong>{f.t('indices.invalid')}</strong>
      {problems.length > 0 ? (
        <ul className="problem-list">
          {problems.slice(0, 12).map((p, i) => (
            <li key={i}>
              <code>{p.field}</code>: {p.reason}
            </li>
          ))}
        </ul>
      ) : (
        <span className="state-detail">{error.problem?.detail ?? error.message}</span>
      )}
    </div>
  );
}
