/** A decision panel's buttons: confirm (the panel's form is submitted) and cancel, both idle while it is sent. */
import { useFormat } from '../format';

export default function ConfirmButtons({
  label,
  busy,
  primary,
  onCancel,
}: {
  label: string;
  busy: boolean;
  primary: boolean;
  onCancel: () => void;
}) {
  const f = useFormat();
  return (
    <p className="actions">
      <button
        type="submit"
        className={primary ? 'btn btn-primary' : 'btn'}
        disabled={busy}
        data-testid="stewardship-confirm"
      >
        {busy ? f.t('stewardship.busy') : label}
      </button>
      <button type="button" className="btn" disabled={busy} onClick={onCancel}>
        {f.t('stewardship.cancel')}
      </button>
    </p>
  );
}
