/** The framework as a tree: levels, weights within each parent, and each indicator's direction. */
import { unitName } from './names';
import { useMemo, type ReactNode } from 'react';
import { useFormat } from '../../format';
import type { Framework, FrameworkNode } from '../../indices-api';
import type { NameOf } from './shared';

/** A node's level; one given as text is ignored, as the server ignores it. */
const levelOf = (n: FrameworkNode) => (typeof n.level === 'number' ? n.level : undefined);

export default function FrameworkTree({ framework, nameOf }: { framework: Framework; nameOf: NameOf }) {
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
  const levels = Math.max(0, ...framework.nodes.map((n) => levelOf(n) ?? 0));
  const share = new Intl.NumberFormat(f.locale, { style: 'percent', maximumFractionDigits: 1 });

  const render = (nodes: FrameworkNode[], parent: FrameworkNode | null): ReactNode => {
    const total = nodes.reduce((s, n) => s + (n.weight ?? 1), 0);
    return (
      <ul className={parent ? 'tree-children' : 'tree'}>
        {nodes.map((n) => {
          const kids = children.get(n.code) ?? [];
          const levelName = framework.levelNames?.[(levelOf(n) ?? 1) - 1];
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
                {n.unit && <span className="muted small"> · {unitName(f.lang, n.unit)}</span>}
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
