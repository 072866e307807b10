/**
 * Composite indices: build a preset or uploaded COINr tables with chosen settings, read the framework, the
 * ranking, each unit's profile, and how stable the ranks are under other reasonable choices.
 */
import { Fragment, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiError, clearCache, useAsync, useGet } from '../api';
import { profileOption, rankIntervalsOption } from '../charts';
import EChart from '../components/EChart';
import { Empty, ErrorBox, Loading, PageTitle, Section, TableScroll } from '../components/ui';
import { useFormat } from '../format';
import {
  AGGREGATIONS,
  download,
  frameworkOfIMeta,
  iDataTemplate,
  iMetaTemplate,
  MAX_REPLICATIONS,
  median,
  NORMALISATIONS,
  settingsOfSteps,
  stepSettings,
  toCsv,
  unitName,
  type BuildResult,
  type BuildSettings,
  type Framework,
  type FrameworkNode,
  type IndexPreset,
  type SavedIndex,
  type UncertaintyResult,
} from '../indices-api';

const TOKEN_KEY = 'amity.adminToken';
const OWN = 'own';

function readToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Chinese names of the ASEM framework's aggregates (the bundled iMeta names them in English only). */
const NODE_ZH: Record<string, string> = {
  Index: '可持续互联互通',
  Conn: '互联互通',
  Sust: '可持续性',
  Physical: '基础设施',
  ConEcFin: '经济与金融（互联）',
  Political: '政治',
  Instit: '制度',
  P2P: '人文交流',
  Environ: '环境',
  Social: '社会',
  SusEcFin: '经济与金融（可持续）',
};

interface UploadedFile {
  name: string;
  text: string;
}

type SortKey = 'rank' | 'name' | 'tier' | `node:${string}`;

export default function Indices() {
  const f = useFormat();
  const presets = useGet<{ items: IndexPreset[] }>('/api/indices/presets');
  const [source, setSource] = useState('asem');
  const preset = presets.data?.items.find((p) => p.id === source) ?? null;
  const [settings, setSettings] = useState<BuildSettings | null>(null);
  const [files, setFiles] = useState<{ iMeta?: UploadedFile; iData?: UploadedFile }>({});
  const [uploadVersion, setUploadVersion] = useState(0);
  const [token] = useState(readToken);
  const [savedId, setSavedId] = useState<string | null>(null);

  // A new source starts from its own steps (the preset's, or the defaults for own tables).
  const defaults = useMemo(
    () =>
      settingsOfSteps(
        preset?.steps ?? [
          { step: 'treat', winmax: 5 },
          { step: 'normalise', spec: { method: 'minMax', min: 0, max: 100 } },
          { step: 'aggregate', method: 'arithmetic' },
        ],
      ),
    [preset],
  );
  const current = settings ?? defaults;

  const framework: Framework | null = useMemo(() => {
    if (source === OWN) return files.iMeta ? frameworkOfIMeta(files.iMeta.text) : null;
    return preset?.framework ?? null;
  }, [source, preset, files.iMeta]);

  const needsData =
    source === OWN ? !(files.iMeta && files.iData) : preset ? !preset.hasData && !files.iData : true;
  const body = useMemo(() => {
    if (needsData || (source !== OWN && !preset)) return null;
    const request: Record<string, unknown> = { settings: stepSettings(current) };
    if (source === OWN) {
      request.iMeta = files.iMeta!.text;
      request.iData = files.iData!.text;
    } else {
      request.preset = source;
      if (files.iData) request.iData = files.iData.text;
    }
    return request;
  }, [needsData, source, preset, current, files]);

  const sourceKey = `${source}#${uploadVersion}`;
  const buildKey = body ? `${sourceKey}#${JSON.stringify(current)}` : null;
  const build = useAsync<BuildResult>(buildKey, () =>
    api<BuildResult>('/api/indices/build', { method: 'POST', body: JSON.stringify(body) }),
  );
  // While a new build runs, the last one of the same source stays on screen.
  const last = useRef<{ key: string; data: BuildResult } | null>(null);
  if (build.data) last.current = { key: sourceKey, data: build.data };
  const result =
    build.data ?? (build.loading && last.current?.key === sourceKey ? last.current.data : undefined);

  const chooseSource = (value: string) => {
    setSource(value);
    setSettings(null);
    setFiles({});
    setUploadVersion((v) => v + 1);
    setSavedId(null);
  };
  const change = (patch: Partial<BuildSettings>) => setSettings({ ...current, ...patch });

  const nameOf = useMemo(() => {
    const names = new Map<string, { en: string; zh?: string }>();
    for (const l of result?.levels ?? []) for (const n of l.nodes) names.set(n.code, { en: n.name });
    for (const n of framework?.nodes ?? [])
      names.set(n.code, { en: n.name ?? names.get(n.code)?.en ?? n.code, zh: n.nameZh });
    return (code: string) => {
      const n = names.get(code);
      if (!n) return code;
      return f.lang === 'zh' ? n.zh || NODE_ZH[code] || n.en : n.en;
    };
  }, [result, framework, f.lang]);

  return (
    <div className="page indices">
      <PageTitle title={f.t('indices.title')} lead={f.t('indices.lead')} />
      {presets.error ? (
        <ErrorBox error={presets.error} retry={presets.reload} />
      ) : !presets.data ? (
        <Loading />
      ) : (
        <>
          <div className="grid-2">
            <SourceCard
              presets={presets.data.items}
              source={source}
              preset={preset}
              framework={framework}
              files={files}
              onSource={chooseSource}
              onFile={(kind, file) => {
                setFiles((old) => ({ ...old, [kind]: file }));
                setUploadVersion((v) => v + 1);
                setSavedId(null);
              }}
            />
            <SettingsCard
              settings={current}
              groups={framework?.groups ?? []}
              changed={settings !== null}
              onChange={change}
              onReset={() => setSettings(null)}
            />
          </div>

          {build.loading && (
            <p className="state state-loading" role="status" aria-live="polite" data-testid="index-building">
              <span className="spinner" aria-hidden="true" /> {f.t('indices.building')}
            </p>
          )}
          {build.error && <BuildError error={build.error} retry={build.reload} />}
          {!body && (
            <p className="notice warn" data-testid="index-needs-data">
              {source === OWN ? f.t('indices.needFiles') : f.t('indices.needData')}
            </p>
          )}

          {result && !build.error && (
            <Results
              key={sourceKey}
              result={result}
              busy={build.loading}
              nameOf={nameOf}
              token={token}
              body={body}
              savedId={savedId}
              onSaved={setSavedId}
            />
          )}
          {framework && framework.nodes.length > 0 && (
            <Section title={f.t('indices.framework')} id="index-framework">
              <FrameworkTree framework={framework} nameOf={nameOf} />
            </Section>
          )}
          <UncertaintyCard
            token={token}
            savedId={savedId}
            names={
              new Map(
                (result?.levels[0]?.rows ?? []).map((r) => [r.uCode, unitName(r.uCode, r.uName, f.locale)]),
              )
            }
          />
        </>
      )}
    </div>
  );
}

// ---------------------------------------------------------------- choosing the index and its data

function SourceCard({
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

// ---------------------------------------------------------------- settings

function SettingsCard({
  settings,
  groups,
  changed,
  onChange,
  onReset,
}: {
  settings: BuildSettings;
  groups: string[];
  changed: boolean;
  onChange: (patch: Partial<BuildSettings>) => void;
  onReset: () => void;
}) {
  const f = useFormat();
  const imputations = [
    'none',
    'mean',
    'median',
    ...groups.flatMap((g) => [`groupMean:${g}`, `groupMedian:${g}`]),
  ];
  if (!imputations.includes(settings.imputation)) imputations.push(settings.imputation);
  const imputationLabel = (value: string) => {
    const [method, group] = value.split(':');
    return f.t(`indices.imputations.${method}`, { group });
  };
  return (
    <Section
      title={f.t('indices.settings')}
      id="index-settings"
      actions={
        changed && (
          <button type="button" className="btn btn-small" onClick={onReset}>
            {f.t('indices.reset')}
          </button>
        )
      }
    >
      <div className="filters settings-grid">
        <label>
          <span>{f.t('indices.normalisation')}</span>
          <select
            value={settings.normalisation}
            data-testid="index-normalisation"
            onChange={(e) => onChange({ normalisation: e.target.value as BuildSettings['normalisation'] })}
          >
            {NORMALISATIONS.map((n) => (
              <option key={n} value={n}>
                {f.t(`indices.normalisations.${n}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{f.t('indices.aggregation')}</span>
          <select
            value={settings.aggregation}
            data-testid="index-aggregation"
            onChange={(e) => onChange({ aggregation: e.target.value as BuildSettings['aggregation'] })}
          >
            {AGGREGATIONS.map((a) => (
              <option key={a} value={a}>
                {f.t(`indices.aggregations.${a}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{f.t('indices.imputation')}</span>
          <select value={settings.imputation} onChange={(e) => onChange({ imputation: e.target.value })}>
            {imputations.map((i) => (
              <option key={i} value={i}>
                {imputationLabel(i)}
              </option>
            ))}
          </select>
        </label>
        <div className="treat-field">
          <label className="check">
            <input
              type="checkbox"
              checked={settings.treat}
              onChange={(e) => onChange({ treat: e.target.checked })}
            />
            {f.t('indices.treat')}
          </label>
          <label className="inline-label">
            <span>{f.t('indices.winmax')}</span>
            <input
              type="number"
              min={0}
              max={50}
              step={1}
              className="num-input"
              value={settings.winmax}
              disabled={!settings.treat}
              onChange={(e) => {
                const n = Math.round(Number(e.target.value));
                if (Number.isFinite(n) && n >= 0 && n <= 50) onChange({ winmax: n });
              }}
            />
          </label>
        </div>
      </div>
      <p className="muted small">{f.t('indices.rebuildHint')}</p>
    </Section>
  );
}

function BuildError({ error, retry }: { error: Error; retry: () => void }) {
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

// ---------------------------------------------------------------- results

function useScoreFormat(result: BuildResult) {
  const f = useFormat();
  return useMemo(() => {
    let max = 0;
    for (const r of result.levels[0]?.rows ?? [])
      for (const v of Object.values(r.scores)) if (typeof v === 'number') max = Math.max(max, Math.abs(v));
    const digits = max >= 10 ? 1 : 2;
    const nf = new Intl.NumberFormat(f.locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    return (n: number | null | undefined) =>
      n === null || n === undefined || !Number.isFinite(n) ? '—' : nf.format(n);
  }, [result, f.locale]);
}

/** A tier label in the page's language: `Tier 2`, or the preset's bilingual label (`fairly high 较高`). */
function useTierLabel() {
  const f = useFormat();
  return (t: { tier: number; label: string } | undefined) => {
    if (!t) return '—';
    if (/^Tier \d+$/.test(t.label)) return f.t('indices.tierN', { n: t.tier });
    const m = /^(.*\S)\s+(\p{Script=Han}+)$/u.exec(t.label);
    return m ? (f.lang === 'zh' ? m[2] : m[1]) : t.label;
  };
}

interface Row {
  uCode: string;
  name: string;
  score: number | null;
  rank: number | null;
  tier: { tier: number; label: string } | undefined;
  scores: Record<string, number | null>;
  ranks: Record<string, number | null>;
}

function Results({
  result,
  busy,
  nameOf,
  token,
  body,
  savedId,
  onSaved,
}: {
  result: BuildResult;
  busy: boolean;
  nameOf: (code: string) => string;
  token: string;
  body: Record<string, unknown> | null;
  savedId: string | null;
  onSaved: (id: string) => void;
}) {
  const f = useFormat();
  const score = useScoreFormat(result);
  const tierLabel = useTierLabel();
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'rank', desc: false });
  const top = result.levels[0];
  const indexCode = top?.nodes[0]?.code ?? '';
  // Sub-indices and pillars: every aggregate level below the index.
  const columns = result.levels.slice(1, -1).flatMap((l) => l.nodes.map((n) => n.code));
  const rows: Row[] = useMemo(() => {
    const tiers = new Map(result.tiers.map((t) => [t.unit, t]));
    const byUnit = new Map<
      string,
      { scores: Record<string, number | null>; ranks: Record<string, number | null> }
    >();
    for (const l of result.levels)
      for (const r of l.rows) {
        const acc = byUnit.get(r.uCode) ?? { scores: {}, ranks: {} };
        Object.assign(acc.scores, r.scores);
        Object.assign(acc.ranks, r.ranks);
        byUnit.set(r.uCode, acc);
      }
    return (top?.rows ?? []).map((r) => ({
      uCode: r.uCode,
      name: unitName(r.uCode, r.uName, f.locale),
      score: r.scores[indexCode] ?? null,
      rank: r.ranks[indexCode] ?? null,
      tier: tiers.get(r.uCode),
      ...byUnit.get(r.uCode)!,
    }));
  }, [result, top, indexCode, f.locale]);

  const sorted = useMemo(() => {
    const out = [...rows];
    const value = (r: Row): number | string | null =>
      sort.key === 'rank'
        ? r.rank
        : sort.key === 'name'
          ? r.name
          : sort.key === 'tier'
            ? (r.tier?.tier ?? null)
            : (r.scores[sort.key.slice(5)] ?? null);
    out.sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
      const c = typeof va === 'string' ? f.compareText(va, vb as string) : va - (vb as number);
      return (sort.desc ? -c : c) || (a.rank ?? 0) - (b.rank ?? 0);
    });
    return out;
  }, [rows, sort, f]);

  const [unit, setUnit] = useState<string>(
    () => rows.find((r) => r.rank === 1)?.uCode ?? rows[0]?.uCode ?? '',
  );
  const profileRef = useRef<HTMLDivElement>(null);

  const sortHeader = (key: SortKey, label: string, num = true) => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        className={num ? 'num' : undefined}
        aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}
      >
        <button
          type="button"
          className="sort-button"
          aria-label={f.t('indices.sortBy', { column: label })}
          onClick={() =>
            setSort((s) => (s.key === key ? { key, desc: !s.desc } : { key, desc: key.startsWith('node:') }))
          }
        >
          {label}
          <span aria-hidden="true" className="sort-mark">
            {active ? (sort.desc ? '▼' : '▲') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  const exportCsv = () => {
    const codes = result.levels.flatMap((l) => l.nodes.map((n) => n.code));
    const header = ['rank', 'uCode', 'uName', 'tier', ...codes.flatMap((c) => [c, `${c} rank`])];
    const lines = result.methodology.map((l) => [`# ${l}`]);
    const data = rows
      .slice()
      .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))
      .map((r) => [
        r.rank,
        r.uCode,
        r.name,
        tierLabel(r.tier),
        ...codes.flatMap((c) => [r.scores[c] ?? null, r.ranks[c] ?? null]),
      ]);
    download(`amity-index-${result.preset ?? 'own'}.csv`, toCsv([...lines, header, ...data]));
  };

  const indexName = f.lang === 'zh' ? result.nameZh || result.name : result.name;
  return (
    <>
      <Section
        title={f.t('indices.ranking')}
        id="index-ranking"
        actions={
          <div className="card-actions export-actions">
            <button
              type="button"
              className="btn btn-small"
              onClick={exportCsv}
              data-testid="index-export-csv"
            >
              {f.t('indices.exportCsv')}
            </button>
            {savedId && (
              <>
                <a
                  className="btn btn-small"
                  href={`/api/indices/${encodeURIComponent(savedId)}/export?format=csv`}
                >
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
        }
      >
        <p className="muted small">
          {f.t('indices.rankingSummary', { units: f.num(rows.length), name: indexName })}
        </p>
        <SaveForm token={token} body={body} result={result} savedId={savedId} onSaved={onSaved} />
        <div aria-busy={busy} className={busy ? 'stale' : undefined}>
          <TableScroll label={f.t('indices.ranking')}>
            <table data-testid="index-ranking" className="ranking-table">
              <thead>
                <tr>
                  {sortHeader('rank', f.t('indices.rank'))}
                  {sortHeader('name', f.t('indices.unit'), false)}
                  {sortHeader(`node:${indexCode}`, nameOf(indexCode))}
                  {sortHeader('tier', f.t('indices.tier'), false)}
                  {columns.map((c) => (
                    <Fragment key={c}>{sortHeader(`node:${c}`, nameOf(c))}</Fragment>
                  ))}
                </tr>
              </thead>
              <tbody>
                {sorted.map((r) => (
                  <tr key={r.uCode} className={r.uCode === unit ? 'chosen' : undefined}>
                    <td className="num">{r.rank ?? '—'}</td>
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        aria-label={f.t('indices.showProfile', { name: r.name })}
                        onClick={() => {
                          setUnit(r.uCode);
                          profileRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
                        }}
                      >
                        {r.name}
                      </button>
                    </td>
                    <td className="num strong" data-testid="index-score">
                      {score(r.score)}
                    </td>
                    <td className="nowrap">{tierLabel(r.tier)}</td>
                    {columns.map((c) => (
                      <td key={c} className="num">
                        {score(r.scores[c])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </div>
      </Section>
      <div ref={profileRef} className="profile-anchor">
        <Profile
          result={result}
          rows={rows}
          unit={unit}
          onUnit={setUnit}
          nameOf={nameOf}
          score={score}
          tierLabel={tierLabel}
        />
      </div>
      <details className="card methodology">
        <summary>
          <h2 className="inline-heading">{f.t('indices.methodology')}</h2>
        </summary>
        <ol className="small" lang="en">
          {result.methodology.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ol>
      </details>
    </>
  );
}

function SaveForm({
  token,
  body,
  result,
  savedId,
  onSaved,
}: {
  token: string;
  body: Record<string, unknown> | null;
  result: BuildResult;
  savedId: string | null;
  onSaved: (id: string) => void;
}) {
  const f = useFormat();
  const [id, setId] = useState(() => `${result.preset ?? 'own-index'}-web`);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  if (!token)
    return (
      <p className="muted small" data-testid="index-save-needs-token">
        {f.t('indices.needToken')} <Link to="/entry">{f.t('indices.entryPage')}</Link>
        {f.lang === 'zh' ? '。' : '.'}
      </p>
    );
  const save = async () => {
    if (!body) return;
    setBusy(true);
    setError(null);
    try {
      await api('/api/indices', {
        method: 'POST',
        body: JSON.stringify({ id, nameEn: result.name, nameZh: result.nameZh ?? undefined, ...body }),
        headers: { authorization: `Bearer ${token}` },
      });
      clearCache();
      onSaved(id);
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="save-row"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label className="inline-label">
        <span>{f.t('indices.saveId')}</span>
        <input
          value={id}
          onChange={(e) => setId(e.target.value.toLowerCase())}
          pattern="[a-z0-9_.:\-]+"
          required
          data-testid="index-save-id"
        />
      </label>
      <button type="submit" className="btn btn-small" disabled={busy || !body}>
        {busy ? f.t('indices.saving') : f.t('indices.save')}
      </button>
      <span role="status" className="small">
        {savedId && !busy && !error && (
          <span className="ok-text">{f.t('indices.saved', { id: savedId })}</span>
        )}
      </span>
      {error && <ErrorBox error={error} />}
    </form>
  );
}

// ---------------------------------------------------------------- one unit

function Profile({
  result,
  rows,
  unit,
  onUnit,
  nameOf,
  score,
  tierLabel,
}: {
  result: BuildResult;
  rows: Row[];
  unit: string;
  onUnit: (code: string) => void;
  nameOf: (code: string) => string;
  score: (n: number | null | undefined) => string;
  tierLabel: (t: { tier: number; label: string } | undefined) => string;
}) {
  const f = useFormat();
  const row = rows.find((r) => r.uCode === unit) ?? rows[0];
  // The dimension level: the pillars (level 2), or the top level's children when there are only two levels.
  const dimLevel = result.levels.length >= 3 ? result.levels[result.levels.length - 2] : result.levels[0];
  const indicators = result.levels.length >= 2 ? result.levels[result.levels.length - 1] : null;
  const dims = dimLevel?.nodes.map((n) => n.code) ?? [];
  const medians = dims.map((c) => median(dimLevel.rows.map((r) => r.scores[c])));
  const sortedUnits = [...rows].sort((a, b) => f.compareText(a.name, b.name));
  if (!row) return <Empty />;

  const levelName = dimLevel?.levelName ?? '';
  const translated = f.t(`indices.levels.${levelName}`, { defaultValue: levelName });
  const levelLabel = f.lang === 'zh' ? translated : translated.toLowerCase();
  const ranked = indicators
    ? indicators.nodes
        .map((n) => ({ code: n.code, rank: row.ranks[n.code] }))
        .filter((x): x is { code: string; rank: number } => typeof x.rank === 'number')
        .sort((a, b) => a.rank - b.rank)
    : [];
  const strengths = ranked.slice(0, 3);
  const weaknesses = ranked.slice(-3).reverse();
  const typology = result.typology?.find((t) => t.unit === row.uCode);
  const values = dims.map((c) => row.scores[c] ?? null);
  const summary = [
    f.t('indices.profileSummary', { name: row.name, rank: row.rank ?? '—', score: score(row.score) }),
    dims
      .map((c, i) => `${nameOf(c)} ${score(values[i])} (${f.t('indices.median')} ${score(medians[i])})`)
      .join(' · '),
  ].join(' ');

  return (
    <div className="card" data-testid="index-profile">
      <div className="card-head">
        <h2 id="index-profile-title">{f.t('indices.profile')}</h2>
        <label className="inline-label">
          <span>{f.t('indices.chooseUnit')}</span>
          <select value={row.uCode} onChange={(e) => onUnit(e.target.value)} data-testid="index-unit">
            {sortedUnits.map((r) => (
              <option key={r.uCode} value={r.uCode}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="grid-2 wide-left profile-grid">
        <div>
          <p className="profile-head">
            <strong>{row.name}</strong> · {f.t('indices.rank')} {row.rank ?? '—'} · {f.t('indices.score')}{' '}
            {score(row.score)} · {tierLabel(row.tier)}
          </p>
          <EChart
            testId="index-profile-chart"
            height={Math.max(200, dims.length * 34 + 60)}
            label={f.t('indices.profileChart', { name: row.name, level: levelLabel })}
            summary={summary}
            option={profileOption(
              dims.map(nameOf),
              values,
              medians,
              { unit: row.name, median: f.t('indices.median') },
              (n) => score(n),
            )}
          />
        </div>
        <div>
          {typology && (
            <>
              <h3>{f.t('indices.typology')}</h3>
              <p data-testid="index-typology">
                <span className="tag tag-strong">{f.t(`indices.types.${typology.type ?? 'none'}`)}</span>{' '}
                <span className="muted small">
                  {f.t('indices.typologyProfile', {
                    business: f.pct(typology.profile.business),
                    human: f.pct(typology.profile.humanCapital),
                    info: f.pct(typology.profile.information),
                  })}
                </span>
              </p>
            </>
          )}
          {ranked.length > 0 && (
            <>
              <h3>{f.t('indices.strengths')}</h3>
              <ul className="plain-list" data-testid="index-strengths">
                {strengths.map((s) => (
                  <li key={s.code}>
                    {nameOf(s.code)}{' '}
                    <span className="muted small">{f.t('indices.rankOf', { rank: s.rank })}</span>
                  </li>
                ))}
              </ul>
              <h3>{f.t('indices.weaknesses')}</h3>
              <ul className="plain-list" data-testid="index-weaknesses">
                {weaknesses.map((s) => (
                  <li key={s.code}>
                    {nameOf(s.code)}{' '}
                    <span className="muted small">{f.t('indices.rankOf', { rank: s.rank })}</span>
                  </li>
                ))}
              </ul>
              <p className="muted small">{f.t('indices.strengthsHint')}</p>
            </>
          )}
        </div>
      </div>
    </div>
  );
}

// ---------------------------------------------------------------- framework

function FrameworkTree({ framework, nameOf }: { framework: Framework; nameOf: (code: string) => string }) {
  const f = useFormat();
  const children = useMemo(() => {
    const map = new Map<string | null, FrameworkNode[]>();
    const codes = new Set(framework.nodes.map((n) => n.code));
    for (const n of framework.nodes) {
      const parent = n.parent && codes.has(n.parent) ? n.parent : null;
      map.set(parent, [...(map.get(parent) ?? []), n]);
    }
    return map;
  }, [framework]);
  const indicators = framework.nodes.filter((n) => n.type !== 'Aggregate' && !children.has(n.code)).length;
  const levels = Math.max(0, ...framework.nodes.map((n) => n.level ?? 0));
  const share = new Intl.NumberFormat(f.locale, { style: 'percent', maximumFractionDigits: 1 });

  const render = (nodes: FrameworkNode[], parent: FrameworkNode | null): ReactNode => {
    const total = nodes.reduce((s, n) => s + (n.weight ?? 1), 0);
    return (
      <ul className={parent ? 'tree-children' : 'tree'}>
        {nodes.map((n) => {
          const kids = children.get(n.code) ?? [];
          const levelName = framework.levelNames?.[(n.level ?? 1) - 1];
          const isIndicator = kids.length === 0;
          return (
            <li key={n.code} className={isIndicator ? 'tree-leaf' : 'tree-node'}>
              <span className="tree-label">
                <span className={isIndicator ? undefined : 'strong'}>{nameOf(n.code)}</span>{' '}
                {levelName && !isIndicator && (
                  <span className="tag">
                    {f.t(`indices.levels.${levelName}`, { defaultValue: levelName })}
                  </span>
                )}
                {parent && total > 0 && (
                  <span className="muted small">
                    {' '}
                    {f.t('indices.weight')} {share.format((n.weight ?? 1) / total)}
                  </span>
                )}
                {isIndicator && (
                  <span
                    className={(n.direction ?? 1) < 0 ? 'direction down' : 'direction up'}
                    title={(n.direction ?? 1) < 0 ? f.t('indices.lowerBetter') : f.t('indices.higherBetter')}
                  >
                    <span aria-hidden="true">{(n.direction ?? 1) < 0 ? '↓' : '↑'}</span>
                    <span className="sr-only">
                      {(n.direction ?? 1) < 0 ? f.t('indices.lowerBetter') : f.t('indices.higherBetter')}
                    </span>
                  </span>
                )}
                {n.unit && <span className="muted small"> · {n.unit}</span>}
              </span>
              {kids.length > 0 && render(kids, n)}
            </li>
          );
        })}
      </ul>
    );
  };
  return (
    <>
      <p className="muted small">
        {f.t('indices.frameworkSummary', {
          indicators,
          aggregates: framework.nodes.length - indicators,
          levels,
        })}
        {framework.source && (
          <>
            {' '}
            · <span lang="en">{framework.source}</span>
          </>
        )}
      </p>
      <nav aria-label={f.t('indices.frameworkTree')} className="tree-wrap" data-testid="index-framework">
        {render(children.get(null) ?? [], null)}
      </nav>
    </>
  );
}

// ---------------------------------------------------------------- uncertainty

function UncertaintyCard({
  token,
  savedId,
  names,
}: {
  token: string;
  savedId: string | null;
  names: Map<string, string>;
}) {
  const f = useFormat();
  const saved = useGet<{ items: SavedIndex[] }>(`/api/indices?v=${savedId ?? ''}`);
  const [chosen, setChosen] = useState<string>('');
  const [n, setN] = useState(1000);
  const [seed, setSeed] = useState(1);
  const [run, setRun] = useState<{ id: string; n: number; seed: number } | null>(null);
  useEffect(() => {
    if (savedId) setChosen(savedId);
  }, [savedId]);
  const items = saved.data?.items ?? [];
  const id = chosen || items[0]?.id || '';
  const state = useAsync<UncertaintyResult>(run ? JSON.stringify(run) : null, () =>
    api<UncertaintyResult>(`/api/indices/${encodeURIComponent(run!.id)}/uncertainty`, {
      method: 'POST',
      body: JSON.stringify({ n: run!.n, seed: run!.seed }),
    }),
  );
  const nameOf = (code: string) => names.get(code) ?? unitName(code, undefined, f.locale);

  return (
    <Section title={f.t('indices.uncertainty')} id="index-uncertainty">
      <p className="muted small">{f.t('indices.uncertaintyLead')}</p>
      {saved.error ? (
        <ErrorBox error={saved.error} retry={saved.reload} />
      ) : !saved.data ? (
        <Loading />
      ) : items.length === 0 ? (
        <div className="notice warn" data-testid="index-uncertainty-needs-save">
          <p>
            {f.t('indices.noSaved')}{' '}
            {token ? (
              f.t('indices.saveFirst')
            ) : (
              <>
                {f.t('indices.needToken')} <Link to="/entry">{f.t('indices.entryPage')}</Link>
                {f.lang === 'zh' ? '。' : '.'}
              </>
            )}
          </p>
        </div>
      ) : (
        <form
          className="filters"
          onSubmit={(e) => {
            e.preventDefault();
            setRun({ id, n, seed });
          }}
        >
          <label>
            <span>{f.t('indices.savedIndex')}</span>
            <select value={id} onChange={(e) => setChosen(e.target.value)} data-testid="index-saved">
              {items.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.id} · {f.lang === 'zh' ? s.nameZh || s.nameEn : s.nameEn}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{f.t('indices.replications')}</span>
            <input
              type="number"
              min={1}
              max={MAX_REPLICATIONS}
              step={1}
              className="num-input"
              value={n}
              aria-describedby="replications-hint"
              onChange={(e) =>
                setN(Math.min(MAX_REPLICATIONS, Math.max(1, Math.round(Number(e.target.value) || 1))))
              }
            />
          </label>
          <label>
            <span>{f.t('indices.seed')}</span>
            <input
              type="number"
              step={1}
              className="num-input"
              value={seed}
              onChange={(e) => setSeed(Math.round(Number(e.target.value) || 0))}
            />
          </label>
          <button type="submit" className="btn btn-primary" disabled={!id || state.loading}>
            {f.t('indices.run')}
          </button>
          <span id="replications-hint" className="muted small">
            {f.t('indices.replicationsHint', { max: f.num(MAX_REPLICATIONS) })}
          </span>
        </form>
      )}
      {run && state.loading && <Loading label={f.t('indices.running', { n: f.num(run.n) })} />}
      {state.error && <ErrorBox error={state.error} retry={state.reload} />}
      {state.data && <RankIntervals result={state.data} nameOf={nameOf} />}
    </Section>
  );
}

function RankIntervals({ result, nameOf }: { result: UncertaintyResult; nameOf: (code: string) => string }) {
  const f = useFormat();
  const units = result.units;
  const width = (u: UncertaintyResult['units'][number]) => u.q95Rank - u.q05Rank;
  const byWidth = [...units].sort((a, b) => width(a) - width(b) || a.nominalRank - b.nominalRank);
  const list = (xs: typeof units) =>
    xs.map((u) => `${nameOf(u.uCode)} (${u.q05Rank}–${u.q95Rank})`).join(f.lang === 'zh' ? '、' : ', ');
  const summary = f.t('indices.uncertaintySummary', {
    n: f.num(result.n),
    seed: result.seed,
    inputs: result.inputs
      .map((i) => f.t(`indices.inputs.${i}`, { defaultValue: i }))
      .join(f.lang === 'zh' ? '、' : ', '),
    stable: list(byWidth.slice(0, 3)),
    wide: list(byWidth.slice(-3).reverse()),
  });
  const labels = {
    interval: f.t('indices.interval'),
    median: f.t('indices.medianRank'),
    nominal: f.t('indices.nominal'),
    rank: f.t('indices.chartRank'),
  };
  return (
    <div data-testid="index-uncertainty-result">
      {result.failedReplications > 0 && (
        <p className="notice warn">{f.t('indices.failed', { count: result.failedReplications })}</p>
      )}
      <EChart
        testId="index-uncertainty-chart"
        height={units.length * 16 + 80}
        label={f.t('indices.uncertaintyChart', { count: units.length, n: f.num(result.n) })}
        summary={summary}
        option={rankIntervalsOption(
          units.map((u) => nameOf(u.uCode)),
          units.map((u) => ({
            q05: u.q05Rank,
            q95: u.q95Rank,
            median: u.medianRank,
            nominal: u.nominalRank,
          })),
          labels,
        )}
      />
      <details>
        <summary>{f.t('indices.asTable')}</summary>
        <TableScroll label={f.t('indices.uncertainty')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{f.t('indices.unit')}</th>
                <th scope="col" className="num">
                  {f.t('indices.nominal')}
                </th>
                <th scope="col" className="num">
                  {f.t('indices.medianRank')}
                </th>
                <th scope="col" className="num">
                  {f.t('indices.interval')}
                </th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr key={u.uCode}>
                  <td>{nameOf(u.uCode)}</td>
                  <td className="num">{u.nominalRank}</td>
                  <td className="num">{u.medianRank}</td>
                  <td className="num">
                    {u.q05Rank}–{u.q95Rank}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </div>
  );
}
