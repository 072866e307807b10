/** The plain status page served at / until the web application is built: what is loaded and where to go. */
import { ENTITIES, type Labels } from '../domain/entities/index.ts';

const LABELS = new Map<string, Labels>([
  ...ENTITIES.map((e): [string, Labels] => [e.name, e.label]),
  ['change_log', { en: 'Change log entries', zh: '变更记录' }],
  ['imports', { en: 'Imports', zh: '导入' }],
]);

export function statusPage(counts: Record<string, number>, engine: string): string {
  const rows = Object.entries(counts)
    .map(([key, n]) => {
      const { en, zh } = LABELS.get(key) ?? { en: key, zh: key };
      return `<tr><th scope="row">${en} · ${zh}</th><td>${n.toLocaleString('en')}</td></tr>`;
    })
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Amity · 友城 — status</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d2733}
table{border-collapse:collapse;width:100%}th,td{padding:.3rem .6rem;border-bottom:1px solid #dde3ea;text-align:left}
td{text-align:right;font-variant-numeric:tabular-nums}a{color:#0b5cad}</style></head>
<body><h1>Amity · 友城</h1>
<p>The open database of city diplomacy and Belt and Road city cooperation. 城市外交与“一带一路”城市合作开放数据库。</p>
<p>Database engine: <strong>${engine}</strong></p>
<table>${rows}</table>
<h2>API</h2>
<ul><li><a href="/api/docs">OpenAPI documentation · 接口文档</a></li>
<li><a href="/api/status">/api/status</a> — counts and import reports</li>
<li><a href="/api/places?q=%E4%B8%8A%E6%B5%B7">/api/places?q=上海</a></li>
<li><a href="/api/partnerships?place=gn%3A1796236&amp;limit=100">Shanghai's partnerships</a></li></ul>
<p><small>Twin-city pairs: Wikipedia contributors (CC BY-SA 4.0), compiled by Erik Hekman (MIT). Gazetteer: GeoNames (CC BY 4.0).</small></p>
</body></html>`;
}
