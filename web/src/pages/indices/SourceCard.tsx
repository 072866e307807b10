/** Choosing the index and its data: a preset, or uploaded COINr tables, with templates to fill in. */
import { useId, useState } from 'react';
import { useFormat } from '../../format';
import { iDataTemplate, iMetaTemplate, type Framework, type IndexPreset } from '../../indices-api';
import { download } from '../../download';
import { Section } from '../../components/ui';
import { OWN, type UploadedFile } from './shared';

export default function SourceCard({
  presets,
  source,
  preset,
  framework,
  files,
  onSource,
  onFile,
}: {
  presets: IndexPreset[];
  source: string;
  preset: IndexPreset | null;
  framework: Framework | null;
  files: { iMeta?: UploadedFile; iData?: UploadedFile };
  onSource: (value: string) => void;
  onFile: (kind: 'iMeta' | 'iData', file: UploadedFile) => void;
}) {
  const f = useFormat();
  const presetName = (p: IndexPreset) =>
    f.t(`indices.presets.${p.id}`, { defaultValue: f.lang === 'zh' ? p.nameZh : p.name });
  return (
    <Section title={f.t('indices.choose')} id="index-source">
      <div className="filters">
        <label>
          <span>{f.t('indices.source')}</span>
          <select value={source} onChange={(e) => onSource(e.target.value)} data-testid="index-source">
            {presets.map((p) => (
              <option key={p.id} value={p.id}>
                {presetName(p)}
              </option>
            ))}
            <option value={OWN}>{f.t('indices.own')}</option>
          </select>
        </label>
      </div>
      {preset && (
        <p className="muted small">
          {f.t(`indices.descriptions.${preset.id}`, { defaultValue: preset.description })}{' '}
          {preset.hasData && f.t('indices.withData')}
        </p>
      )}
      {preset && !preset.hasData && (
        <div className="notice warn" data-testid="index-no-data">
          <p>{f.t('indices.noData')}</p>
        </div>
      )}
      {framework && preset && !preset.hasData && (
        <p className="actions">
          <button
            type="button"
            className="btn btn-small"
            onClick={() => download(`${preset.id}-iMeta.csv`, iMetaTemplate(framework))}
          >
            {f.t('indices.templateIMeta')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => download(`${preset.id}-iData.csv`, iDataTemplate(framework))}
          >
            {f.t('indices.templateIData')}
          </button>
        </p>
      )}
      {source === OWN && (
        <>
          <p className="muted small">{f.t('indices.uploadHint')}</p>
          <FilePicker
            label={f.t('indices.uploadIMeta')}
            file={files.iMeta}
            onFile={(x) => onFile('iMeta', x)}
          />
        </>
      )}
      {(source === OWN || (preset && !preset.hasData)) && (
        <>
          {source !== OWN && <p className="muted small">{f.t('indices.uploadPresetHint')}</p>}
          <FilePicker
            label={f.t('indices.uploadIData')}
            file={files.iData}
            onFile={(x) => onFile('iData', x)}
          />
        </>
      )}
    </Section>
  );
}

function FilePicker({
  label,
  file,
  onFile,
}: {
  label: string;
  file: UploadedFile | undefined;
  onFile: (file: UploadedFile) => void;
}) {
  const f = useFormat();
  const id = useId();
  const [failed, setFailed] = useState(false);
  return (
    <div className="file-picker">
      <span id={`${id}-label`} className="field-label">
        {label}
      </span>
      <div className="file-row">
        {/* The browser's own button speaks the browser's language; this one speaks the page's. */}
        <input
          id={id}
          type="file"
          className="file-input"
          accept=".csv,text/csv"
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-status`}
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            if (!chosen) return;
            chosen.text().then(
              (text) => {
                setFailed(false);
                onFile({ name: chosen.name, text });
              },
              () => setFailed(true),
            );
          }}
        />
        <label htmlFor={id} className="btn btn-small" aria-hidden="true">
          {f.t('indices.chooseFile')}
        </label>
        <span id={`${id}-status`} className={failed ? 'error-text' : 'muted small'}>
          {failed
            ? f.t('indices.readFailed')
            : file
              ? f.t('indices.chosenFile', { name: file.name })
              : f.t('indices.noFile')}
        </span>
      </div>
    </div>
  );
}
