/**
 * Partner matching on a small world: every explanation is checked against a change of one feature (a
 * coastline, a shared neighbour, domestic holders), presets move the ranking the expected way, vetting
 * warnings fire on constructed cases, needs and offers pair up, and the filters keep what they say.
 */
import { describe, expect, it } from 'vitest';
import { distanceToCoastKm, worldCoastIndex } from '../../../src/analysis/layout/index.ts';
import {
  coastDistanceWithin,
  MatchingInputError,
  prepareMatchingPool,
  rankCandidates,
  rankCandidatesInTurns,
  vetCandidate,
  vetCandidateInTurns,
  type MatchingRequest,
  type NeedsOffers,
} from '../../../src/analysis/matching/index.ts';
import type { TieFact } from '../../../src/domain/dataset.ts';
import { matchingCandidates, matchingDataset, tie } from './matching-dataset.ts';

function world(extraTies: TieFact[] = [], coastal?: string[]) {
  const dataset = matchingDataset(extraTies, coastal);
  return { dataset, pool: prepareMatchingPool(dataset, matchingCandidates()) };
}

function vet(
  candidate: string,
  options: { ties?: TieFact[]; coastal?: string[]; request?: Partial<MatchingRequest> } = {},
) {
  const { dataset, pool } = world(options.ties, options.coastal);
  return vetCandidate(pool, dataset, { seekerId: 'sh', ...options.request }, candidate);
}

function ids(request: Partial<MatchingRequest> = {}, extraTies: TieFact[] = []) {
  const { dataset, pool } = world(extraTies);
  return rankCandidates(pool, dataset, { seekerId: 'sh', limit: 50, ...request }).items.map(
    (r) => r.place.id,
  );
}

const explained = (r: ReturnType<typeof vet>, key: string) => r.explanation.find((e) => e.key === key);

describe('explanations follow the features', () => {
  it('a candidate made coastal scores higher and is called a port city like yours', () => {
    const inland = vet('mombasa');
    const coastal = vet('mombasa', { coastal: ['sh', 'mombasa'] });
    expect(inland.components.coastal).toBe(0);
    expect(explained(inland, 'coastal')).toBeUndefined();
    expect(coastal.components.coastal).toBe(1);
    expect(coastal.features.coastal).toMatchObject({
      coastal: true,
      basis: 'override',
      sourceId: 'src:test',
    });
    expect(coastal.score).toBeGreaterThan(inland.score);
    expect(explained(coastal, 'coastal')).toMatchObject({
      en: 'a port city like yours',
      zh: '港口城市，与本市相似',
      value: 1,
    });
    expect(explained(coastal, 'coastal')!.contribution).toBeGreaterThan(0);
  });

  it('each partner of yours tied to a candidate raises it, and the explanation counts and names them', () => {
    const none = vet('danang');
    const one = vet('danang', { ties: [tie('yokohama', 'danang')] });
    const two = vet('danang', { ties: [tie('yokohama', 'danang'), tie('osaka', 'danang')] });
    expect(explained(none, 'commonNeighbours')).toBeUndefined();
    expect(explained(one, 'commonNeighbours')).toMatchObject({
      en: '1 of your partners is tied to it (Yokohama)',
      zh: '您的1个伙伴城市与其结好（横滨）',
    });
    expect(explained(two, 'commonNeighbours')).toMatchObject({
      en: '2 of your partners are tied to it (Osaka, Yokohama)',
      zh: '您的2个伙伴城市与其结好（大阪、横滨）',
    });
    expect(two.features.network.commonNeighbours).toEqual(['osaka', 'yokohama']);
    expect(one.components.commonNeighbours).toBeGreaterThan(none.components.commonNeighbours);
    expect(two.components.adamicAdar).toBeGreaterThan(one.components.adamicAdar);
    expect(one.score).toBeGreaterThan(none.score);
    expect(two.score).toBeGreaterThan(one.score);
  });

  it('a candidate tied to three domestic cities is penalised, and they are named', () => {
    const held = [tie('km', 'danang'), tie('hz', 'danang'), tie('gz', 'danang')];
    // Degree off, so that the three new ties move the score only through competition.
    const request = { weights: { degree: 0, community: 0 } };
    const free = vet('danang', { request });
    const contested = vet('danang', { ties: held, request });
    const e = explained(contested, 'competition')!;
    expect(e.contribution).toBeLessThan(0);
    expect(e.en).toBe('already tied to 3 other China places: Guangzhou, Hangzhou, Kunming');
    expect(e.zh).toBe('已与中国其他3个地方结好：广州、杭州、昆明');
    expect(contested.features.competition.domesticHolders).toEqual(['gz', 'hz', 'km']);
    expect(contested.score).toBeLessThan(free.score);
    expect(contested.warnings.find((w) => w.code === 'contested')?.places?.map((p) => p.id)).toEqual([
      'gz',
      'hz',
      'km',
    ]);
    expect(free.warnings.find((w) => w.code === 'contested')).toBeUndefined();
  });

  it('explains size, role, distance and flight time from the data', () => {
    const r = vet('tokyo', { request: { weights: { proximity: 1 } } });
    expect(r.features.sizeClass).toBe('large');
    expect(r.features.role).toBe('capital');
    // Shanghai–Tokyo is about 1,770 km: 1770 / 800 + 0.5 ≈ 2.7 h.
    expect(r.features.distanceKm).toBeGreaterThan(1700);
    expect(r.features.distanceKm).toBeLessThan(1850);
    expect(r.features.flightHours).toBeCloseTo(r.features.distanceKm! / 800 + 0.5, 1);
    expect(explained(r, 'proximity')!.en).toMatch(/^1,\d{3} km away, about 2\.\d h by air$/);
    expect(explained(r, 'role')).toMatchObject({
      en: 'the national capital; yours is the largest city of its country',
      zh: '首都；本市为第一大城市',
    });
    expect(r.features.provenance.population.basis).toMatch(/GeoNames/);
  });

  it('the profile of past choices favours the countries and roles the city already picks', () => {
    const r = vet('tokyo');
    // Shanghai's partners: Yokohama, Osaka (Japan) and Ho Chi Minh City: two thirds in Japan.
    expect(explained(r, 'profile')!.en).toContain('67% of them are in Japan');
    expect(explained(r, 'profile')!.zh).toContain('67%位于日本');
    expect(vet('tokyo').components.profile).toBeGreaterThan(vet('nairobi').components.profile);
  });

  it('a city without partners learns its profile from its domestic peers', () => {
    const { dataset, pool } = world();
    const r = rankCandidates(pool, dataset, { seekerId: 'km', limit: 3 });
    expect(r.profile.from).toBe('peers');
    expect(r.profile.partnersAbroad).toBe(0);
    const explanation = r.items.flatMap((i) => i.explanation).find((e) => e.key === 'profile');
    expect(explanation?.en).toMatch(/^like the partners of other China places/);
  });
});

describe('presets', () => {
  it('"fill the deficit" lifts Africa and Europe; "like our partners" lifts Japan', () => {
    const like = ids({ preset: 'like-partners' });
    const deficit = ids({ preset: 'fill-deficit' });
    expect(deficit.indexOf('nairobi')).toBeLessThan(like.indexOf('nairobi'));
    expect(like.indexOf('tokyo')).toBeLessThan(deficit.indexOf('tokyo'));
    expect(like[0]).toBe('tokyo');
  });

  it('"corridor nodes" puts the corridor node cities first', () => {
    expect(ids({ preset: 'corridor-nodes' }).slice(0, 2).sort()).toEqual(['bangkok', 'danang']);
  });

  it('user weights override the preset, and bad weights are refused', () => {
    const onlyDistance = ids({
      weights: Object.fromEntries(
        [
          'size',
          'role',
          'coastal',
          'climate',
          'profile',
          'complementarity',
          'deficit',
          'nationalDeficit',
          'corridor',
          'beltAndRoad',
          'commonNeighbours',
          'adamicAdar',
          'degree',
          'community',
          'competition',
          'capitalTaken',
          'duplicate',
          'development',
        ].map((k) => [k, 0]),
      ),
      preset: 'balanced',
    });
    expect(ids({ preset: 'balanced', weights: { proximity: 100 } })[0]).toBe(onlyDistance[0]);
    const { dataset, pool } = world();
    expect(() =>
      rankCandidates(pool, dataset, { seekerId: 'sh', weights: { nonsense: 1 } as never }),
    ).toThrow(MatchingInputError);
    expect(() => rankCandidates(pool, dataset, { seekerId: 'sh', weights: { size: -1 } })).toThrow(/≥ 0/);
    expect(() => rankCandidates(pool, dataset, { seekerId: 'nowhere' })).toThrow(/no place/);
  });
});

describe('vetting a proposal', () => {
  it('warns when a peer already holds the capital, naming the peer', () => {
    const hanoi = vet('hanoi');
    const warning = hanoi.warnings.find((w) => w.code === 'capital-held')!;
    expect(warning.en).toBe('Hanoi is the capital of Vietnam and is already tied to Beijing');
    expect(warning.zh).toBe('河内是越南首都，已与北京结好');
    expect(hanoi.components.capitalTaken).toBe(1);
    expect(explained(hanoi, 'capitalTaken')!.contribution).toBeLessThan(0);
    // Another Vietnamese city: the peer still holds the country's capital.
    const danang = vet('danang').warnings.find((w) => w.code === 'capital-held')!;
    expect(danang.en).toBe('a peer already holds the capital of Vietnam (Hanoi: Beijing)');
    expect(danang.places?.map((p) => p.id)).toEqual(['bj']);
  });

  it("does not call a city's own partner a peer's capital", () => {
    const { dataset, pool } = world();
    const r = vetCandidate(pool, dataset, { seekerId: 'bj' }, 'hanoi');
    expect(r.warnings.map((w) => w.code)).toContain('already-partner');
    expect(r.warnings.map((w) => w.code)).not.toContain('capital-held');
    expect(r.rankAmongAll).toBeNull();
  });

  it('flags a duplicate of a tie the city already has through its district', () => {
    const lyon = vet('lyon');
    const warning = lyon.warnings.find((w) => w.code === 'duplicate')!;
    expect(warning.places?.map((p) => p.id)).toEqual(['cn-changning']);
    expect(warning.zh).toContain('长宁区');
    expect(lyon.components.duplicate).toBe(1);
    expect(vet('marseille').warnings.find((w) => w.code === 'duplicate')).toBeUndefined();
  });

  it('says when the country is not a Belt and Road country, and that the flag is the proxy', () => {
    const paris = vet('paris').warnings.find((w) => w.code === 'not-belt-and-road')!;
    expect(paris.en).toMatch(/France is not marked as a Belt and Road country.*proxy/);
    expect(vet('nairobi').warnings.find((w) => w.code === 'not-belt-and-road')).toBeUndefined();
  });
});

describe('needs and offers', () => {
  const needsOffers = new Map<string, NeedsOffers>([
    ['sh', { need: ['trade', 'tourism'], offer: ['education'] }],
    ['bangkok', { need: ['education'], offer: ['trade'] }],
    ['paris', { need: [], offer: ['tourism'] }],
    ['nairobi', { need: ['health'], offer: ['agriculture'] }],
  ]);

  it('rewards complementary pairs and names the matched fields', () => {
    const bangkok = vet('bangkok', { request: { needsOffers } });
    expect(bangkok.features.complementarity).toEqual({ theyOffer: ['trade'], theyNeed: ['education'] });
    expect(bangkok.components.complementarity).toBeCloseTo(2 / 3, 4);
    expect(explained(bangkok, 'complementarity')).toMatchObject({
      en: 'offers what you seek (unimpeded trade); seeks what you offer (education)',
      zh: '可提供您所需（贸易畅通）；需要您所长（教育）',
    });
    expect(vet('paris', { request: { needsOffers } }).components.complementarity).toBeCloseTo(1 / 3, 4);
    expect(vet('nairobi', { request: { needsOffers } }).components.complementarity).toBe(0);
    const without = vet('bangkok');
    expect(bangkok.score).toBeGreaterThan(without.score);
  });
});

describe('development level', () => {
  it('compares a user-supplied indicator, scaled 0–1, and says which', () => {
    const development = { name: 'BRCDI', byCountry: { CN: 60, JP: 80, KE: 20 }, source: 'idx:brcdi' };
    const tokyo = vet('tokyo', { request: { development } });
    const nairobi = vet('nairobi', { request: { development } });
    expect(tokyo.features.development).toEqual({ value: 1, seeker: 0.6666666666666666, indicator: 'BRCDI' });
    expect(tokyo.components.development).toBeGreaterThan(nairobi.components.development);
    expect(explained(tokyo, 'development')!.en).toContain('BRCDI: 1.00 against your 0.67');
    expect(tokyo.features.provenance.development.sourceId).toBe('idx:brcdi');
  });
});

describe('filters', () => {
  it("leaves out the city's partners, its family and its own country by default", () => {
    const list = ids();
    for (const id of ['sh', 'cn-changning', 'bj', 'yokohama', 'osaka', 'hcmc'])
      expect(list).not.toContain(id);
    expect(list).toContain('tokyo');
    expect(ids({ filter: { excludePartners: false } })).toContain('yokohama');
    const withHome = ids({ filter: { excludeOwnCountry: false } });
    expect(withHome).toContain('bj');
    expect(withHome).not.toContain('cn-changning');
  });

  it('keeps a continent, a country, a corridor, a size and a kind', () => {
    expect(ids({ filter: { continents: ['Africa'] } }).sort()).toEqual(['mombasa', 'nairobi']);
    expect(ids({ filter: { countries: ['FR'] } }).sort()).toEqual(['lyon', 'marseille', 'paris']);
    expect(ids({ filter: { corridor: 'CICP' } }).sort()).toEqual(['bangkok', 'chiangmai', 'danang', 'hanoi']);
    expect(ids({ filter: { minPopulation: 3_000_000 } }).sort()).toEqual(['bangkok', 'tokyo']);
    expect(ids({ filter: { kinds: ['province'] } })).toEqual([]);
    const { dataset, pool } = world();
    expect(() => rankCandidates(pool, dataset, { seekerId: 'sh', filter: { corridor: 'nope' } })).toThrow(
      /unknown corridor/,
    );
  });
});

describe('bounded coastline lookup', () => {
  it('agrees with the full search within the threshold and says Infinity beyond it', () => {
    const index = worldCoastIndex();
    const points: [number, number][] = [
      [31.23, 121.47], // Shanghai
      [39.9, 116.4], // Beijing, inland
      [1.29, 103.85], // Singapore
      [-4.05, 39.67], // Mombasa
      [48.86, 2.35], // Paris, inland
      [59.33, 18.07], // Stockholm
      [64.14, -21.94], // Reykjavík
      [-33.87, 151.21], // Sydney
      [70.0, 25.0],
      [-54.8, -68.3], // Ushuaia
    ];
    for (const [lat, lng] of points) {
      const full = distanceToCoastKm(index, lat, lng);
      const bounded = coastDistanceWithin(index, lat, lng, 30);
      if (full <= 30) expect(bounded).toBeCloseTo(full, 6);
      else expect(bounded).toBe(Infinity);
    }
  });
});

describe('in turns of the event loop', () => {
  const turnsDuring = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    let turns = 0;
    let running = true;
    const tick = () => {
      if (!running) return;
      turns++;
      setImmediate(tick);
    };
    setImmediate(tick);
    const value = await work();
    running = false;
    return [value, turns];
  };

  it('ranks and vets as the straight run does, letting the event loop turn meanwhile', async () => {
    const { dataset, pool } = world();
    const request: MatchingRequest = { seekerId: 'sh', limit: 50 };
    const [ranked, turns] = await turnsDuring(() => rankCandidatesInTurns(pool, dataset, request));
    expect(ranked).toEqual(rankCandidates(pool, dataset, request));
    expect(ranked.items.length).toBeGreaterThan(3);
    expect(turns).toBeGreaterThanOrEqual(3);
    const [vetted, vetTurns] = await turnsDuring(() =>
      vetCandidateInTurns(pool, dataset, request, 'mombasa'),
    );
    expect(vetted).toEqual(vetCandidate(pool, dataset, request, 'mombasa'));
    expect(vetTurns).toBeGreaterThanOrEqual(2);
  });

  it('stops at the next pause once the signal aborts, and reports unknown places as the straight run', async () => {
    const { dataset, pool } = world();
    const controller = new AbortController();
    const pending = rankCandidatesInTurns(pool, dataset, { seekerId: 'sh' }, controller.signal);
    controller.abort(new Error('client gone'));
    await expect(pending).rejects.toThrow('client gone');
    await expect(rankCandidatesInTurns(pool, dataset, { seekerId: 'nowhere' })).rejects.toThrow(
      MatchingInputError,
    );
    await expect(vetCandidateInTurns(pool, dataset, { seekerId: 'sh' }, 'nowhere')).rejects.toThrow(
      'no place with id nowhere',
    );
  });
});
