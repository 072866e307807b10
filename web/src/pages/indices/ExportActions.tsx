/** Export buttons: the ranking as CSV from the browser, and the saved index's CSV and XLSX from the server. */
import { useFormat } from '../../format';

export default function ExportActions({ onCsv, savedId }: { onCsv: () => void; savedId: string | null }) {
  const f = useFormat();
  return (
    <div className="card-actions export-actions">
      <button type="button" className="btn btn-small" onClick={onCsv} data-testid="index-export-csv">
        {f.t('indices.exportCsv')}
      </button>
      {savedId && (
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
      )}
    </div>
  );
}
