/**
 * A list of ties says how many of them are dated and typed, whatever page it shows: Shanghai's three ties
 * in the small registry are Ho Chi Minh City (sister city, 1994), Yokohama (sister city, 1973) and Chiang
 * Mai Province (friendly exchange, no date).
 */
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.ts';
import { getReply, registryServer } from '../support/api.ts';
import { SHANGHAI } from '../support/registry-fixtures.ts';

describe.each(ENGINES)('dated and typed ties on %s', (engine) => {
  const server = registryServer(engine);

  it('are counted beside the total, on every page', async () => {
    for (const page of ['limit=1&offset=0', 'limit=1&offset=2']) {
      const { body } = await getReply(server.app, `/api/partnerships?place=${SHANGHAI}&${page}`);
      expect(body).toMatchObject({ total: 3, dated: 2, typed: 3 });
      expect(body.items).toHaveLength(1);
    }
  });
});
