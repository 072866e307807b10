/**
 * Seeded synthetic partnership networks shaped like the real one: countries of Zipf-like sizes on six continents,
 * places arriving one by one and tying to existing places by preferential attachment (hubs gain partners), half of
 * the ties kept on the newcomer's own continent. Most places get one or two partners, as in the twin-city lists.
 */
import { seededRandom } from '../../src/analysis/random.ts';
import type { NetworkGraph, NetworkNode } from '../../src/analysis/network/index.ts';

const CONTINENTS = ['Europe', 'Asia', 'North America', 'South America', 'Africa', 'Oceania'];
const CONTINENT_SHARE = [0.45, 0.25, 0.14, 0.07, 0.06, 0.03];

/** The real graph has about 17,800 places and 26,100 ties; `scale` multiplies both. */
export function syntheticPartnershipGraph(scale: number, seed = 42): NetworkGraph {
  const random = seededRandom(seed);
  const n = Math.round(17_800 * scale);
  const edgesPerNode = 26_100 / 17_800;
  const countryCount = 180;
  const countryWeights = Array.from({ length: countryCount }, (_, i) => 1 / (i + 1) ** 1.1);
  const countryTotal = countryWeights.reduce((a, b) => a + b, 0);
  const countryContinent = countryWeights.map((_, i) => {
    let r = ((i * 0.6180339887) % 1) as number;
    for (let c = 0; c < CONTINENTS.length; c++) {
      if (r < CONTINENT_SHARE[c]) return c;
      r -= CONTINENT_SHARE[c];
    }
    return 0;
  });
  const pickCountry = () => {
    let r = random() * countryTotal;
    for (let i = 0; i < countryCount; i++) {
      r -= countryWeights[i];
      if (r <= 0) return i;
    }
    return countryCount - 1;
  };

  const nodes: NetworkNode[] = [];
  const continentOf = new Int32Array(n);
  // Each tie end is pushed once per endpoint, so a uniform pick from these lists is degree-proportional.
  const ends: number[] = [];
  const endsByContinent: number[][] = CONTINENTS.map(() => []);
  const edges: NetworkGraph['edges'] = [];
  const seen = new Set<number>();
  const link = (a: number, b: number) => {
    if (a === b) return false;
    const key = a < b ? a * n + b : b * n + a;
    if (seen.has(key)) return false;
    seen.add(key);
    edges.push({ source: nodes[a].id, target: nodes[b].id });
    ends.push(a, b);
    endsByContinent[continentOf[a]].push(a);
    endsByContinent[continentOf[b]].push(b);
    return true;
  };

  for (let v = 0; v < n; v++) {
    const country = pickCountry();
    const continent = countryContinent[country];
    continentOf[v] = continent;
    nodes.push({
      id: `s${v}`,
      countryCode: `C${country}`,
      continent: CONTINENTS[continent],
      label: `Place ${v}`,
    });
    if (v === 0) continue;
    // Ties per newcomer: 1 with probability ~0.62, more with a geometric tail; mean ~ edgesPerNode.
    let ties = 1;
    while (random() < 1 - 1 / edgesPerNode && ties < 50) ties++;
    for (let t = 0; t < ties; t++) {
      for (let attempt = 0; attempt < 5; attempt++) {
        const local = endsByContinent[continent];
        const pool = random() < 0.5 && local.length > 0 ? local : ends;
        // A little uniform choice keeps newcomers reachable and avoids a pure star.
        const target =
          pool.length === 0 || random() < 0.1
            ? Math.floor(random() * v)
            : pool[Math.floor(random() * pool.length)];
        if (link(v, target)) break;
      }
    }
  }
  return { nodes, edges };
}
