/** A built index: the ranking with its exports and saving, the chosen unit's profile, and the methodology. */
import { useMemo, useRef, useState } from 'react';
import { Section } from '../../components/ui';
import { useFormat } from '../../format';
import { unitName, type BuildRequest, type BuildResult } from '../../indices-api';
import { exportRankingCsv, exportRankingXlsx } from './export';
import ExportActions from './ExportActions';
import Profile from './Profile';
import RankingTable from './RankingTable';
import SaveForm from './SaveForm';
import { useScoreFormat, useTierLabel, type NameOf, type Row } from './shared';

export default function Results({
  result,
  busy,
  nameOf,
  body,
  savedId,
  onSaved,
}: {
  result: BuildResult;
  busy: boolean;
  nameOf: NameOf;
  body: BuildRequest | null;
  savedId: string | null;
  onSaved: (id: string) => void;
}) {
  const f = useFormat();
  const score = useScoreFormat(result);
  const tierLabel = useTierLabel();
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

  const [unit, setUnit] = useState<string>(
    () => rows.find((r) => r.rank === 1)?.uCode ?? rows[0]?.uCode ?? '',
  );
  const profileRef = useRef<HTMLDivElement>(null);

  const indexName = f.lang === 'zh' ? result.nameZh || result.name : result.name;
  return (
    <>
      <Section
        title={f.t('indices.ranking')}
        id="index-ranking"
        actions={
          <ExportActions
            onCsv={() => exportRankingCsv(result, rows, tierLabel)}
            onXlsx={() => exportRankingXlsx(result, rows, tierLabel, f.t('indices.chartCredit'))}
            savedId={savedId}
          />
        }
      >
        <p className="muted small">
          {f.t('indices.rankingSummary', { units: f.num(rows.length), name: indexName })}
        </p>
        <SaveForm body={body} result={result} savedId={savedId} onSaved={onSaved} />
        <div aria-busy={busy} className={busy ? 'stale' : undefined}>
          <RankingTable
            rows={rows}
            indexCode={indexCode}
            columns={columns}
            unit={unit}
            onUnit={(code) => {
              setUnit(code);
              profileRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
            }}
            nameOf={nameOf}
            score={score}
            tierLabel={tierLabel}
          />
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
