/** A refusal of the stewardship API in the user's language; the server's words when the page cannot map them. */
import { problemText } from './Accounts';
import { useFormat } from '../format';
import { stewardshipErrorKey } from '../stewardship-api';

export default function StewardshipProblem({
  error,
  retry,
  testId = 'stewardship-error',
  keyOf = stewardshipErrorKey,
}: {
  error: unknown;
  retry?: () => void;
  testId?: string;
  /** The message key of a refusal the page knows (null: the server's words). */
  keyOf?: (error: unknown) => string | null;
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
