/** Uncertainty of a saved index's ranks: Monte Carlo over other reasonable choices, as rank intervals. */
import { useEffect, useState } from 'react';
import { api, useAsync, useGet, type Reply, type RequestBody } from '../../api';
import { rankIntervalsOption } from '../../charts';
import EChart from '../../components/EChart';
import { ErrorBox, Loading, Section, TableScroll } from '../../components/ui';
import { useFormat } from '../../format';
import { MAX_REPLICATIONS, unitName, type UncertaintyResult } from '../../indices-api';
import { useSession } from '../../session';
import NeedSignIn from './NeedSignIn';
import type { NameOf } from './shared';
import { RowsDownloads } from '../../components/TableDownloads';

export default function UncertaintyCard({
  savedId,
  names,
}: {
  savedId: string | null;
  names: Map<string, string>;
}) {
  const f = useFormat();
  const session = useSession();
  const saved = useGet<Reply<'/api/indices'>>(`/api/indices?v=${savedId ?? ''}`);
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
      body: JSON.stringify({
        n: run!.n,
        seed: run!.seed,
      } satisfies RequestBody<'/api/indices/{id}/uncertainty'>),
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
            {session.can('indices.write') ? f.t('indices.saveFirst') : <NeedSignIn />}
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

function RankIntervals({ result, nameOf }: { result: UncertaintyResult; nameOf: NameOf }) {
  const f = useFormat();
  const units = result.units;
  // A unit without ranks counts as rank 0, as arithmetic on null did.
  const width = (u: UncertaintyResult['units'][number]) => (u.q95Rank ?? 0) - (u.q05Rank ?? 0);
  const byWidth = [...units].sort(
    (a, b) => width(a) - width(b) || (a.nominalRank ?? 0) - (b.nominalRank ?? 0),
  );
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
        credit={f.t('indices.chartCredit')}
        fileName="amity-index-uncertainty"
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
        <RowsDownloads
          fileName="amity-index-uncertainty"
          testId="uncertainty-downloads"
          credit={f.t('indices.chartCredit')}
          rows={units}
          columns={[
            ['uCode', (u) => u.uCode],
            [f.t('indices.unit'), (u) => nameOf(u.uCode)],
            [f.t('indices.nominal'), (u) => u.nominalRank],
            [f.t('indices.medianRank'), (u) => u.medianRank],
            [`${f.t('indices.chartRank')} · 5%`, (u) => u.q05Rank],
            [`${f.t('indices.chartRank')} · 95%`, (u) => u.q95Rank],
          ]}
        />
      </details>
    </div>
  );
}
