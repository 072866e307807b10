/** The build settings: normalisation, aggregation, imputation and outlier treatment. */
import { groupName } from './names';
import { useFormat } from '../../format';
import { AGGREGATIONS, NORMALISATIONS, type BuildSettings } from '../../indices-api';
import { Section } from '../../components/ui';

export default function SettingsCard({
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
    return f.t(`indices.imputations.${method}`, { group: group && groupName(f.lang, group) });
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
