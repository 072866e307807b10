/** One unit's profile: its dimension scores against the medians, its typology, strengths and weaknesses. */
import { profileOption } from '../../charts';
import EChart from '../../components/EChart';
import { Empty } from '../../components/ui';
import { useFormat } from '../../format';
import { median, type BuildResult } from '../../indices-api';
import type { NameOf, Row } from './shared';

export default function Profile({
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
  nameOf: NameOf;
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
            credit={f.t('indices.chartCredit')}
            fileName="amity-index-profile"
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
