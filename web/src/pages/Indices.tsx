/**
 * Composite indices: build a preset or uploaded COINr tables with chosen settings, read the framework, the
 * ranking, each unit's profile, and how stable the ranks are under other reasonable choices.
 */
import { useListParams } from '../components/ListFilters';
import { useMemo, useRef, useState } from 'react';
import { api, useAsync, useGet, type Reply } from '../api';
import { ErrorBox, Loading, PageTitle, Section } from '../components/ui';
import { useFormat } from '../format';
import {
  frameworkOfIMeta,
  settingsOfSteps,
  stepSettings,
  unitName,
  type BuildRequest,
  type BuildResult,
  type BuildSettings,
  type Framework,
} from '../indices-api';
import BuildError from './indices/BuildError';
import FrameworkTree from './indices/FrameworkTree';
import { useNodeNames } from './indices/names';
import Results from './indices/Results';
import SettingsCard from './indices/SettingsCard';
import { OWN, type UploadedFile } from './indices/shared';
import SourceCard from './indices/SourceCard';
import UncertaintyCard from './indices/Uncertainty';

export default function Indices() {
  const f = useFormat();
  const presets = useGet<Reply<'/api/indices/presets'>>('/api/indices/presets');
  // The chosen index lives in the address, so a link opens the same one.
  const { values, set } = useListParams(['index']);
  const source = values.index || 'asem';
  const preset = presets.data?.items.find((p) => p.id === source) ?? null;
  const [settings, setSettings] = useState<BuildSettings | null>(null);
  const [files, setFiles] = useState<{ iMeta?: UploadedFile; iData?: UploadedFile }>({});
  const [uploadVersion, setUploadVersion] = useState(0);
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
    const request: BuildRequest = { settings: stepSettings(current) };
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
    set('index', value === 'asem' ? '' : value);
    setSettings(null);
    setFiles({});
    setUploadVersion((v) => v + 1);
    setSavedId(null);
  };
  const change = (patch: Partial<BuildSettings>) => setSettings({ ...current, ...patch });

  const nameOf = useNodeNames(result, framework);

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
