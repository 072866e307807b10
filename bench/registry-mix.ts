/** The registry requests the registry and scale benchmarks measure, on a database with the real data. */
import type { Queryable } from '../src/store/database.ts';

export async function registryRequestMix(db: Queryable): Promise<{ name: string; path: string }[]> {
  const [{ id: someId }] = await db.query<{ id: string }>(
    `SELECT id FROM partnerships ORDER BY id LIMIT 1 OFFSET 1000`,
  );
  return [
    {
      name: "a city's partners (Shanghai, 100 rows)",
      path: '/api/partnerships?place=gn%3A1796236&limit=100',
    },
    { name: 'by country (France, 50 rows)', path: '/api/partnerships?country=FR&limit=50' },
    {
      name: 'by continent and years (Africa, 1990–2010)',
      path: '/api/partnerships?continent=Africa&from=1990&to=2010&limit=50',
    },
    {
      name: 'one partnership with sources and history',
      path: `/api/partnerships/${encodeURIComponent(someId)}`,
    },
    { name: 'place search (上海)', path: `/api/places?q=${encodeURIComponent('上海')}&limit=10` },
  ];
}
