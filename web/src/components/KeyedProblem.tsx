/** A refusal in the user's language, by the key its page knows it by; the server's words when it knows none. */
import { problemText } from './Accounts';
import { useFormat } from '../format';

export default function KeyedProblem({
  error,
  keyOf,
  retry,
  testId,
}: {
  error: unknown;
  /** The message key of a refusal the page knows (null: the server's words). */
  keyOf: (error: unknown) => string | null;
  retry?: () => void;
  testId: string;
}) {
  const f = useFormat();
  const key = keyOf(error);
  const { headline, detail } = problemText(f, error);
  return (
    <div className="notice warn" role="alert" data-testid={testId}>
      <p>
        <strong>{key ? f.t(key) : headline}</strong>
      </p>
      {!key && detail && (
        <p className="small">
          {f.t('problem.detail')}
          <span className="break-words">{detail}</span>
        </p>
      )}
      {retry && (
        <p className="actions">
          <button type="button" className="btn" onClick={retry}>
            {f.t('state.retry')}
          </button>
        </p>
      )}
    </div>
  );
}
