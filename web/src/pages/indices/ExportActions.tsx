/**
 * Export buttons: the ranking as CSV and XLSX from the browser (before it is saved too), and the saved
 * index's CSV and XLSX from the server.
 */
import { useState } from 'react';
import { useFormat } from '../../format';

export default function ExportActions({
  onCsv,
  onXlsx,
  savedId,
}: {
  onCsv: () => void;
  onXlsx: () => Promise<void>;
  savedId: string | null;
}) {
  const f = useFormat();
  const [failed, setFailed] = useState(false);
  return (
    <div className="card-actions export-actions">
      <button type="button" className="btn btn-small" onClick={onCsv} data-testid="index-export-csv">
        {f.t('indices.exportCsv')}
      </button>
      {savedId ? (
        <>
          <a className="btn btn-small" href={`/api/indices/${encodeURIComponent(savedId)}/export?format=csv`}>
            {f.t('indices.exportServerCsv')}
          </a>
          <a
            className="btn btn-small"
            href={`/api/indices/${encodeURIComponent(savedId)}/export?format=xlsx`}
          >
            {f.t('indices.exportXlsx')}
          </a>
        </>
      ) : (
        <button
          type="button"
          className="btn btn-small"
          data-testid="index-export-xlsx"
          onClick={() => {
            setFailed(false);
            onXlsx().catch(() => setFailed(true));
          }}
        >
          {f.t('indices.exportXlsx')}
        </button>
      )}
      {failed && (
        <span role="alert" className="error small">
          {f.t('filter.downloadFailed')}
        </span>
      )}
    </div>
  );
}
