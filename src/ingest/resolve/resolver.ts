/**
 * Resolves place names as real lists write them (`Huangpu (Shanghai)`, `Chiang Mai Province`, `Prague 1`,
 * `上海市`) to gazetteer places, and says why. It never guesses: close candidates that nothing separates
 * are returned as ambiguous, and a name with no match in the given country is unresolved.
 */
import type { Country, Place, PlaceKind } from '../../domain/geo.ts';
import { DEPENDENT_TERRITORIES } from '../gazetteer/countries.ts';
import { distanceKm } from '../gazetteer/build.ts';
import { hasHan, nameKeyForms, nameTokens, primaryKey, skeletonKey } from '../gazetteer/normalize.ts';

export interface ResolveQuery {
  name: string;
  /** ISO code or any name form of the country. */
  country?: string | null;
  lat?: number | null;
  lng?: number | null;
  kind?: PlaceKind | null;
  /** Other names of the same place (the Chinese name of an English one): candidates must fit all of them. */
  altNames?: string[];
}

export interface Candidate {
  place: Place;
  score: number;
}

export type Resolution =
  | { status: 'resolved'; place: Place; confidence: number; reason: string }
  | { status: 'ambiguous'; candidates: Candidate[]; reason: string }
  | { status: 'unresolved'; reason: string };

export interface UserAlias {
  alias: string;
  placeId: string;
}

/** How well a query name matched a place name: 3 a user alias, 2 exact, 1 one side reduced, 0 both reduced. */
type Tier = 0 | 1 | 2 | 3;
const TIER_TEXT = ['similar name', 'name without qualifiers', 'exact name', 'user alias'];
const TIER_CONFIDENCE = [0.75, 0.85, 0.95, 1];

/** Words that, ending a name or in parentheses, say which kind of place is meant. */
const KIND_WORDS: [RegExp, PlaceKind][] = [
  [
    /^(province|prefecture|provincia|provinz|state|oblast|governorate|voivodeship|department|region|canton|krai|kraj|省|府|州|地区)$/,
    'province',
  ],
  [/^(district|county|borough|arrondissement|bezirk|kerulet|ward|raion|rayon|区|县|旗)$/, 'district'],
  [/^(city|town|municipality|village|市|镇)$/, 'city'],
];

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function romanToInt(roman: string): number | null {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = ROMAN[roman[i]];
    if (v === undefined) return null;
    const next = ROMAN[roman[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

function intToRoman(n: number): string {
  const table: [number, string][] = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, r] of table)
    while (n >= v) {
      out += r;
      n -= v;
    }
  return out;
}

function chineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '十') return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (m) return (m[1] ? ZH_DIGITS[m[1]] : 1) * 10 + (m[2] ? ZH_DIGITS[m[2]] : 0);
  return ZH_DIGITS[text] ?? null;
}

function formatPopulation(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1).replace(/\.0$/, '')}M`;
  if (n >= 1e3) return `${Math.round(n / 1e3)}k`;
  return String(n);
}

/** What a query says beyond the bare name. */
interface ParsedName {
  base: string;
  qualifiers: string[];
  kindHint: PlaceKind | null;
  district: { city: string; number: number | null; name: string | null } | null;
}

function kindOfWord(word: string): PlaceKind | null {
  const w = word
    .trim()
    .toLowerCase()
    .replace(/[.\s]+$/, '');
  for (const [re, kind] of KIND_WORDS) if (re.test(w)) return kind;
  return null;
}

export function parseName(raw: string): ParsedName {
  let base = raw
    .normalize('NFKC')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/^["'“”]+|["'“”]+$/g, '')
    .trim();
  const qualifiers: string[] = [];
  let kindHint: PlaceKind | null = null;
  for (
    let m = /^(.*?)\s*[(（]([^)）]*)[)）]\s*$/.exec(base);
    m && m[1];
    m = /^(.*?)\s*[(（]([^)）]*)[)）]\s*$/.exec(base)
  ) {
    base = m[1].trim();
    const kind = kindOfWord(m[2]);
    if (kind) kindHint = kind;
    else qualifiers.push(...m[2].split(/\s*[,;]\s*/).filter(Boolean));
  }
  const commaParts = base.split(/\s*[,，]\s*/).filter(Boolean);
  if (commaParts.length > 1) {
    base = commaParts[0];
    qualifiers.push(...commaParts.slice(1));
  }
  if (/^(city of|town of|municipality of|thanh pho|thành phố)\s/i.test(base)) kindHint = 'city';
  const lastWord = hasHan(base) ? base.slice(-1) : (base.split(/\s+/).pop() ?? '');
  if (!kindHint && base.length > lastWord.length) kindHint = kindOfWord(lastWord);
  if (hasHan(base) && /(地区|自治州)$/.test(base)) kindHint = 'province';

  let district: ParsedName['district'] = null;
  let m: RegExpExecArray | null;
  if ((m = /^(.+?)(?:\s+(\d{1,2}|[IVXL]{1,6})\.?)?\s+[–—-]\s+(.+)$/.exec(base))) {
    const num = m[2] === undefined ? null : /^\d+$/.test(m[2]) ? Number(m[2]) : romanToInt(m[2]);
    district = { city: m[1], number: num, name: m[3].trim() };
  } else if (
    (m = /^(.+?)\s+(?:district|borough|arrondissement|bezirk|ward|sector)\s+(\d{1,2}|[IVXL]{1,6})$/i.exec(
      base,
    ))
  ) {
    district = {
      city: m[1],
      number: /^\d+$/.test(m[2]) ? Number(m[2]) : romanToInt(m[2].toUpperCase()),
      name: null,
    };
  } else if (
    (m = /^(.+?)\s+(\d{1,2}|[IVXL]{1,6})\.?(?:\s+(?:kerület|district|arrondissement|bezirk))?$/.exec(base))
  ) {
    district = { city: m[1], number: /^\d+$/.test(m[2]) ? Number(m[2]) : romanToInt(m[2]), name: null };
  } else if ((m = /^(.+?)第([一二三四五六七八九十\d]+)区$/.exec(base))) {
    district = { city: m[1].replace(/市$/, ''), number: chineseNumber(m[2]), name: null };
  }
  return { base, qualifiers, kindHint, district };
}

interface Scored {
  place: Place;
  tier: Tier;
}

export class Resolver {
  private readonly places: Place[];
  private readonly byId = new Map<string, Place>();
  private readonly indexOf = new Map<Place, number>();
  /** key → entries `placeIndex * 2 + (exact ? 1 : 0)`. */
  private readonly index = new Map<string, number[]>();
  private readonly userIndex = new Map<string, number[]>();
  /** consonant skeleton → place indices, for spellings that differ in vowels only. */
  private readonly skeletons = new Map<string, number[]>();
  private readonly countryByKey = new Map<string, Country>();
  private readonly countryByCode = new Map<string, Country>();
  private sortedKeys: string[] | null = null;
  /** Places established by a list's own coordinates rather than a gazetteer (`tw:` ids): matched by name only. */
  private readonly sourceIds = new Set<string>();
  /** 1° cells → place indices, for places near given coordinates. Built on first use. */
  private grid: Map<string, number[]> | null = null;

  constructor(countries: Country[], places: Place[], aliases: UserAlias[] = []) {
    this.places = places.slice();
    for (const c of countries) {
      this.countryByCode.set(c.code, c);
      this.countryByCode.set(c.iso3, c);
    }
    // Explicit names first so a later alias never takes a name that a country is called by.
    for (const c of countries)
      for (const k of nameKeyForms(c.nameEn))
        if (k.exact && !this.countryByKey.has(k.key)) this.countryByKey.set(k.key, c);
    for (const c of countries)
      for (const k of nameKeyForms(c.nameZh))
        if (k.exact && !this.countryByKey.has(k.key)) this.countryByKey.set(k.key, c);
    for (const c of countries)
      for (const a of c.aliases)
        for (const k of nameKeyForms(a))
          if (k.exact && !this.countryByKey.has(k.key)) this.countryByKey.set(k.key, c);

    this.places.forEach((p, i) => this.indexPlace(p, i, true));
    for (const a of aliases) this.addAlias(a.alias, a.placeId);
  }

  private indexPlace(p: Place, i: number, withSkeleton: boolean): void {
    this.byId.set(p.id, p);
    this.indexOf.set(p, i);
    const names = [p.nameEn, ...(p.nameZh ? [p.nameZh] : []), ...p.aliases];
    for (const name of names) {
      const forms = nameKeyForms(name);
      for (const form of forms) this.addEntry(this.index, form.key, i, form.exact);
      const skeleton = withSkeleton && forms.length ? skeletonKey(forms[0].key) : '';
      if (skeleton) {
        const list = this.skeletons.get(skeleton);
        if (!list) this.skeletons.set(skeleton, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    }
  }

  /**
   * Adds a place after construction. A `source` place (established by a list's coordinates) is found by
   * its names only: it never takes part in spelling variants or nearby searches, so adding it cannot
   * change how other names resolve.
   */
  addPlace(place: Place, origin: 'user' | 'source' = 'user'): void {
    const existing = this.byId.get(place.id);
    if (existing) return;
    const i = this.places.length;
    this.places.push(place);
    if (origin === 'source') this.sourceIds.add(place.id);
    this.indexPlace(place, i, origin !== 'source');
    if (this.grid && origin !== 'source') this.addToGrid(i);
    this.sortedKeys = null;
  }

  isSourcePlace(id: string): boolean {
    return this.sourceIds.has(id);
  }

  private addToGrid(i: number): void {
    const p = this.places[i];
    if (p.lat === null || p.lng === null || this.sourceIds.has(p.id)) return;
    const cell = `${Math.floor(p.lat)}|${Math.floor(p.lng)}`;
    const list = this.grid!.get(cell);
    if (list) list.push(i);
    else this.grid!.set(cell, [i]);
  }

  /** Gazetteer places within `radiusKm` of a point (source places left out), nearest first. */
  nearby(
    lat: number,
    lng: number,
    radiusKm: number,
    countryCode?: string | null,
  ): { place: Place; km: number }[] {
    if (!this.grid) {
      this.grid = new Map();
      for (let i = 0; i < this.places.length; i++) this.addToGrid(i);
    }
    const dLat = Math.ceil(radiusKm / 111) + 0;
    const cos = Math.max(Math.cos((Math.min(Math.abs(lat) + dLat, 89.9) * Math.PI) / 180), 0.01);
    const dLng = Math.min(Math.ceil(radiusKm / (111 * cos)), 180);
    const out: { place: Place; km: number }[] = [];
    const baseLat = Math.floor(lat);
    const baseLng = Math.floor(lng);
    for (let y = baseLat - dLat; y <= baseLat + dLat; y++) {
      for (let x = baseLng - dLng; x <= baseLng + dLng; x++) {
        const wrapped = ((((x + 180) % 360) + 360) % 360) - 180;
        for (const i of this.grid.get(`${y}|${wrapped}`) ?? []) {
          const p = this.places[i];
          if (countryCode && p.countryCode !== countryCode) continue;
          const km = distanceKm(lat, lng, p.lat!, p.lng!);
          if (km <= radiusKm) out.push({ place: p, km });
        }
      }
    }
    return out.sort((a, b) => a.km - b.km || (a.place.id < b.place.id ? -1 : 1));
  }

  private addEntry(index: Map<string, number[]>, key: string, placeIndex: number, exact: boolean): void {
    const code = placeIndex * 2 + (exact ? 1 : 0);
    const list = index.get(key);
    if (!list) {
      index.set(key, [code]);
      return;
    }
    const other = exact ? code - 1 : code + 1;
    if (list.includes(code)) return;
    const at = list.indexOf(other);
    if (at >= 0) {
      if (exact) list[at] = code;
      return;
    }
    list.push(code);
  }

  getPlace(id: string): Place | undefined {
    return this.byId.get(id);
  }

  /** Adds a name users know a place by; it outranks every gazetteer name. */
  addAlias(alias: string, placeId: string): void {
    const place = this.byId.get(placeId);
    if (!place) throw new Error(`addAlias: no place with id ${placeId}`);
    const i = this.indexOf.get(place)!;
    for (const form of nameKeyForms(alias)) {
      this.addEntry(this.userIndex, form.key, i, form.exact);
      this.addEntry(this.index, form.key, i, form.exact);
    }
    this.sortedKeys = null;
  }

  resolveCountry(nameOrCode: string | null | undefined): Country | null {
    if (!nameOrCode) return null;
    const text = nameOrCode.trim();
    if (/^[A-Za-z]{2,3}$/.test(text)) {
      const byCode = this.countryByCode.get(text.toUpperCase());
      if (byCode && (text === text.toUpperCase() || !this.countryByKey.has(primaryKey(text)))) return byCode;
    }
    const direct = this.countryByKey.get(primaryKey(text));
    if (direct) return direct;
    const withoutIn = text.replace(/^in\s+/i, '');
    if (withoutIn !== text) return this.resolveCountry(withoutIn);
    const parts = text.split(/\s*,\s*/).filter(Boolean);
    if (parts.length > 1) {
      // `Réunion, France` is Réunion; `Lower Saxony, Germany` is Germany.
      const first = this.countryByKey.get(primaryKey(parts[0]));
      if (first) return first;
      return this.countryByKey.get(primaryKey(parts[parts.length - 1])) ?? null;
    }
    return null;
  }

  /** Places whose names match, best match tier per place. */
  private lookup(name: string, countries: Set<string> | null): Scored[] {
    const best = new Map<number, Tier>();
    for (const form of nameKeyForms(name)) {
      for (const code of this.index.get(form.key) ?? []) {
        const i = code >> 1;
        const exact = (code & 1) === 1;
        const p = this.places[i];
        if (countries && !countries.has(p.countryCode)) continue;
        let tier: Tier = form.exact && exact ? 2 : form.exact || exact ? 1 : 0;
        if (tier === 2 && this.userIndex.get(form.key)?.includes(code)) tier = 3;
        if ((best.get(i) ?? -1) < tier) best.set(i, tier);
      }
    }
    return [...best].map(([i, tier]) => ({ place: this.places[i], tier }));
  }

  private ancestors(p: Place): Place[] {
    const out: Place[] = [];
    let cur = p.parentId ? this.byId.get(p.parentId) : undefined;
    while (cur && out.length < 5) {
      out.push(cur);
      cur = cur.parentId ? this.byId.get(cur.parentId) : undefined;
    }
    return out;
  }

  /** How prominent a place is, to choose among homonyms: capitals, seats, population. */
  private prominence(p: Place): number {
    let s = Math.log10(Math.max(p.population ?? 1, 1));
    if (p.isCapital) s += 3;
    if (p.isAdminSeat) s += 1;
    if (p.divisionCode?.length === 2) s += 3;
    if (p.kind === 'city') s += 0.3;
    return s;
  }

  private describe(p: Place): string {
    const parts: string[] = [];
    if (p.isCapital) parts.push('national capital');
    else if (p.divisionCode?.length === 2 && p.kind === 'city') parts.push('province-level municipality');
    else if (p.isAdminSeat) parts.push('seat of a first-level region');
    else parts.push(p.kind);
    if (p.population) parts.push(`population ${formatPopulation(p.population)}`);
    return parts.join(', ');
  }

  private matchesKind(p: Place, kind: PlaceKind): boolean {
    if (kind === 'province' || kind === 'region')
      return p.kind === 'province' || p.kind === 'region' || p.divisionCode?.length === 2;
    if (kind === 'city') return p.kind === 'city';
    return p.kind === 'district';
  }

  resolve(query: ResolveQuery): Resolution {
    const alternatives = (query.altNames ?? []).filter((n) => n && n.trim() && n !== query.name);
    if (alternatives.length === 0) return this.resolveOne(query);
    // Several names of one place (Chinese and English): each narrows the others.
    const results = [query.name, ...alternatives].map((n) => ({
      name: n,
      r: this.resolveOne({ ...query, name: n, altNames: [] }),
    }));
    const resolvedIds = new Set(results.flatMap((x) => (x.r.status === 'resolved' ? [x.r.place.id] : [])));
    if (resolvedIds.size > 1) {
      const candidates = results.flatMap((x) =>
        x.r.status === 'resolved' ? [{ place: x.r.place, score: x.r.confidence }] : [],
      );
      return {
        status: 'ambiguous',
        candidates,
        reason: `the names given resolve to different places (${results.map((x) => `${x.name} → ${x.r.status === 'resolved' ? x.r.place.id : x.r.status}`).join(', ')}).`,
      };
    }
    const allowed = (r: Resolution, id: string) =>
      r.status === 'unresolved' ||
      (r.status === 'resolved' ? r.place.id === id : r.candidates.some((c) => c.place.id === id));
    if (resolvedIds.size === 1) {
      const winner = results.find((x) => x.r.status === 'resolved')!;
      const id = [...resolvedIds][0];
      const w = winner.r as Extract<Resolution, { status: 'resolved' }>;
      if (results.every((x) => allowed(x.r, id))) {
        const others = results
          .filter((x) => x !== winner)
          .map(
            (x) =>
              `"${x.name}" ${x.r.status === 'resolved' ? 'agrees' : x.r.status === 'ambiguous' ? 'is among its candidates' : 'not found'}`,
          );
        return { ...w, reason: `${w.reason.replace(/\.$/, '')}; by "${winner.name}"; ${others.join('; ')}.` };
      }
      return {
        status: 'ambiguous',
        candidates: [{ place: w.place, score: w.confidence }],
        reason: `"${winner.name}" resolves to ${id} but another name given does not match it.`,
      };
    }
    const ambiguous = results.filter((x) => x.r.status === 'ambiguous') as {
      name: string;
      r: Extract<Resolution, { status: 'ambiguous' }>;
    }[];
    if (ambiguous.length > 1) {
      const common = ambiguous[0].r.candidates.filter((c) =>
        ambiguous.every((a) => a.r.candidates.some((o) => o.place.id === c.place.id)),
      );
      if (common.length === 1) {
        return {
          status: 'resolved',
          place: common[0].place,
          confidence: 0.8,
          reason: `the only place matching all names given (${results.map((x) => x.name).join(', ')}); ${this.describe(common[0].place)}.`,
        };
      }
    }
    return results[0].r;
  }

  private resolveOne(query: ResolveQuery): Resolution {
    const name = query.name?.trim() ?? '';
    if (!name) return { status: 'unresolved', reason: 'The name is empty.' };
    let country: Country | null = null;
    if (query.country) {
      country = this.resolveCountry(query.country);
      if (!country) return { status: 'unresolved', reason: `Unknown country "${query.country}".` };
    }
    const parsed = parseName(name);
    // A qualifier that names a country narrows the search when no country was given.
    const qualifiers: string[] = [];
    for (const q of parsed.qualifiers) {
      const qc = this.resolveCountry(q);
      if (qc && !country) country = qc;
      else if (!qc) qualifiers.push(q);
    }
    const kind = query.kind ?? parsed.kindHint;
    const lat = query.lat ?? null;
    const lng = query.lng ?? null;
    const where = country ? `in ${country.code}` : 'in any country';

    const scope = (codes: string[] | null) => (codes ? new Set(codes) : null);
    const search = (text: string): { found: Scored[]; note: string } => {
      if (!country) return { found: this.lookup(text, null), note: '' };
      const own = this.lookup(text, scope([country.code]));
      if (own.length || !DEPENDENT_TERRITORIES[country.code]?.length) return { found: own, note: '' };
      const dependents = this.lookup(text, scope(DEPENDENT_TERRITORIES[country.code]));
      return { found: dependents, note: dependents.length ? ` (in a territory of ${country.code})` : '' };
    };

    let { found, note } = search(name);
    if (found.length === 0 && parsed.base !== name) ({ found, note } = search(parsed.base));
    let districtFallback: string | null = null;
    if (parsed.district && !found.some((f) => f.tier >= 2)) {
      const d = this.resolveDistrict(parsed.district, search);
      if (d.found.length) {
        found = d.found;
        districtFallback = d.fallback;
      }
    }
    if (found.length === 0 && country) {
      const similar = this.similarSpelling(
        parsed.district?.city && !parsed.district.name ? parsed.district.city : parsed.base,
        country.code,
        lat,
        lng,
      );
      if (similar) return similar;
      if (lat !== null && lng !== null) {
        const near = this.nearbyVariant(parsed.base, country.code, lat, lng);
        if (near) return near;
      }
    }
    if (found.length === 0 && qualifiers.length) {
      // `Budavár (Budapest)`: a part of a city the gazetteer does not list; the city, flagged as such.
      for (const q of qualifiers) {
        const outer = this.resolveOne({ name: q, country: country?.code ?? null, lat, lng });
        if (outer.status === 'resolved') {
          const place = outer.place;
          return {
            status: 'resolved',
            place,
            confidence: 0.5,
            reason: `no place named "${parsed.base}" ${where}; the gazetteer has no entry for this part of ${q}, so ${place.nameEn} itself is given; ${this.describe(place)}.`,
          };
        }
      }
    }
    if (found.length === 0) {
      const elsewhere = country ? this.lookup(parsed.base, null) : [];
      const others = [...new Set(elsewhere.map((f) => f.place.countryCode))].slice(0, 5);
      return {
        status: 'unresolved',
        reason: `No place named "${parsed.base}" ${where}${others.length ? `; the name exists in ${others.join(', ')}` : ''}.`,
      };
    }

    const notes: string[] = [];
    // Qualifiers: `Huangpu (Shanghai)` keeps candidates inside or next to a place called Shanghai.
    for (const q of qualifiers) {
      const qPlaces = new Set(search(q).found.map((f) => f.place));
      if (qPlaces.size === 0) {
        notes.push(`qualifier "${q}" not found, ignored`);
        continue;
      }
      const inside = found.filter(
        (f) =>
          this.ancestors(f.place).some((a) => qPlaces.has(a)) ||
          [...qPlaces].some(
            (qp) => qp !== f.place && qp.kind === 'city' && placeDistanceKm(f.place, qp) <= 30,
          ),
      );
      if (inside.length) {
        found = inside;
        notes.push(`within ${q}`);
      } else {
        // `Kota Tua (Jakarta)`: the namesakes lie elsewhere, so this is a part of the qualifying place the gazetteer lacks.
        const outer = this.resolveOne({ name: q, country: country?.code ?? null, lat, lng });
        if (outer.status === 'resolved') {
          return {
            status: 'resolved',
            place: outer.place,
            confidence: 0.5,
            reason: `no place named "${parsed.base}" within ${q} ${where}; the gazetteer has no entry for this part of ${q}, so ${outer.place.nameEn} itself is given; ${this.describe(outer.place)}.`,
          };
        }
        notes.push(`qualifier "${q}" matches none of the candidates, ignored`);
      }
    }
    if (kind) {
      const ofKind = found.filter((f) => this.matchesKind(f.place, kind));
      if (ofKind.length) {
        if (ofKind.length < found.length) notes.push(`a ${kind} as the name says`);
        found = ofKind;
      }
    }
    const topTier = Math.max(...found.map((f) => f.tier)) as Tier;
    found = found.filter((f) => f.tier === topTier);
    if (!kind) {
      // A city and a region of the same name (Vienna, Chiang Mai): the city, unless the name says region.
      const local = found.filter((f) => f.place.kind === 'city' || f.place.kind === 'district');
      if (local.length && local.length < found.length) {
        notes.push('the city rather than the region of the same name');
        found = local;
      }
    }

    const matchText = `${TIER_TEXT[topTier]} ${where}${note}`;
    const base = TIER_CONFIDENCE[topTier] * (districtFallback ? 0.55 : 1);
    const extra = [districtFallback, ...notes].filter(Boolean).join('; ');
    const resolved = (place: Place, confidence: number, why: string): Resolution => ({
      status: 'resolved',
      place,
      confidence: Math.round(confidence * 100) / 100,
      reason: [matchText, this.describe(place), why, extra].filter(Boolean).join('; ') + '.',
    });
    if (found.length === 1) return resolved(found[0].place, base, '');

    // Coordinates, when given, separate homonyms that lie far apart.
    if (lat !== null && lng !== null) {
      const byDistance = found
        .map((f) => ({ f, d: placeDistance(f.place, lat, lng) }))
        .sort((a, b) => a.d - b.d || this.prominence(b.f.place) - this.prominence(a.f.place));
      const [first, second] = byDistance;
      if (first.d <= 75 && second.d > Math.max(3 * first.d + 20, 75)) {
        return resolved(
          first.f.place,
          base * 0.97,
          `${Math.round(first.d)} km from the given coordinates, the next candidate ${Math.round(second.d)} km`,
        );
      }
      // Within a few km of the given point and the next one well beyond: the file's point names it.
      if (first.d <= NEAR_KM && second.d > Math.max(3 * first.d, first.d + 10)) {
        return resolved(
          first.f.place,
          base * 0.95,
          `${first.d.toFixed(1)} km from the given coordinates, the next candidate ${Math.round(second.d)} km`,
        );
      }
      if (first.d <= 75) {
        found = byDistance.filter((x) => x.d <= Math.max(3 * first.d + 20, 75)).map((x) => x.f);
        notes.push('several candidates near the given coordinates');
        if (found.length === 1) return resolved(found[0].place, base * 0.95, '');
      } else notes.push(`no candidate within 75 km of the given coordinates`);
    }

    const ranked = found
      .map((f) => ({ place: f.place, score: this.prominence(f.place) }))
      .sort(
        (a, b) =>
          b.score - a.score ||
          (b.place.population ?? 0) - (a.place.population ?? 0) ||
          (a.place.id < b.place.id ? -1 : 1),
      );
    const margin = ranked[0].score - ranked[1].score;
    const sameCountry = ranked.slice(1).every((r) => r.place.countryCode === ranked[0].place.countryCode);
    if (margin >= 0.7) {
      const others = ranked.length - 1;
      const why = `${others} other candidate${others > 1 ? 's' : ''}${sameCountry ? ' in the same country' : ''} ${
        ranked[0].place.isCapital && !ranked[1].place.isCapital ? 'are not capitals' : 'are smaller'
      }`;
      return resolved(ranked[0].place, base * Math.min(0.95, 0.7 + 0.08 * margin), why);
    }
    const total = Math.max(...ranked.map((r) => r.score), 1);
    return {
      status: 'ambiguous',
      candidates: ranked
        .slice(0, 10)
        .map((r) => ({ place: r.place, score: Math.round((r.score / total) * 100) / 100 })),
      reason: `${ranked.length} candidates with the ${TIER_TEXT[topTier]} ${where}${note} and nothing separates the first two (${this.describe(ranked[0].place)} / ${this.describe(ranked[1].place)})${
        notes.length ? `; ${notes.join('; ')}` : ''
      }.`,
    };
  }

  /** A unique place in the country whose spelling differs only in vowels or doubled letters (`Polotsk` → `Polatsk`). */
  private similarSpelling(
    name: string,
    countryCode: string,
    lat: number | null,
    lng: number | null,
  ): Resolution | null {
    const key = primaryKey(name);
    const skeleton = skeletonKey(key);
    if (key.length < 6 || !skeleton) return null;
    let found = (this.skeletons.get(skeleton) ?? [])
      .map((i) => this.places[i])
      .filter((p) => p.countryCode === countryCode && editDistance(primaryKey(p.nameEn), key) <= 2);
    if (lat !== null && lng !== null && found.length > 1)
      found = found.filter((p) => placeDistance(p, lat, lng) <= 30);
    if (found.length !== 1) return null;
    const place = found[0];
    return {
      status: 'resolved',
      place,
      confidence: 0.6,
      reason: `no exact name in ${countryCode}; the only place with a similar spelling is "${place.nameEn}"; ${this.describe(place)}.`,
    };
  }

  /**
   * A place near the given coordinates whose name is a variant of the query: a transliteration
   * (`Zaporizhzhia`/`Zaporizhia`, `Aarhus`/`Århus`) or the same words with a designation added or
   * dropped (`Bad Kötzting`/`Kötzting`, `Zhodzina`/`Horad Zhodzina`, `Vitoria-Gasteiz`/`Gasteiz / Vitoria`).
   * Only when exactly one such place lies within a few km; words that tell neighbours apart
   * (`Nový`, `Pano`, `Upper`) never count as a mere designation.
   */
  private nearbyVariant(name: string, countryCode: string, lat: number, lng: number): Resolution | null {
    // A region or district is not the town of the same name.
    const kind = parseName(name).kindHint;
    if (kind && kind !== 'city') return null;
    const hits = this.variantsNear(name, countryCode, lat, lng, VARIANT_KM, false);
    if (hits.length !== 1) return null;
    const [{ place, km, how }] = hits;
    return {
      status: 'resolved',
      place,
      confidence: 0.6,
      reason: `no exact name in ${countryCode}; "${place.nameEn}" ${km.toFixed(1)} km from the given coordinates is the only place nearby with ${how}; ${this.describe(place)}.`,
    };
  }

  /**
   * Gazetteer towns within `radiusKm` whose names are variants of `name`. Spelling variants count only
   * within a few km unless `loose`; designation variants (`Ciudad General Terán`) count anywhere in the radius.
   */
  variantsNear(
    name: string,
    countryCode: string,
    lat: number,
    lng: number,
    radiusKm: number,
    loose = true,
  ): { place: Place; km: number; how: string }[] {
    const query = variantForms(name);
    if (!query.key) return [];
    // `Almaly (Almaty)` is a part of Almaty, not a spelling of it.
    const qualifierKeys = new Set(parseName(name).qualifiers.map((q) => variantForms(q).key));
    const hits = new Map<Place, { km: number; how: string }>();
    for (const { place, km } of this.nearby(lat, lng, radiusKm, countryCode)) {
      if (place.kind === 'province' || place.kind === 'region') continue;
      if ([place.nameEn, ...place.aliases].some((n) => qualifierKeys.has(variantForms(n).key))) continue;
      for (const other of [place.nameEn, ...place.aliases]) {
        if (hasHan(other)) continue;
        const how = variantRelation(query, variantForms(other), loose ? 0 : km);
        if (how && !hits.has(place)) hits.set(place, { km, how });
      }
    }
    return [...hits].map(([place, h]) => ({ place, ...h }));
  }

  /**
   * `Vienna 22 – Donaustadt`, `Prague 1`, `Budapest District XV`, `布达佩斯第十五区`: the district's own place
   * when the gazetteer has one (by its name, or the city's name with the number), else the city with a note.
   */
  private resolveDistrict(
    district: NonNullable<ParsedName['district']>,
    search: (text: string) => { found: Scored[]; note: string },
  ): { found: Scored[]; fallback: string | null } {
    const cities = search(district.city).found.filter((f) => f.tier >= 1 && f.place.kind !== 'district');
    const cityPlaces = new Set(cities.map((c) => c.place));
    const near = (p: Place) =>
      cityPlaces.has(p) === false &&
      [...cityPlaces].some((c) => this.ancestors(p).includes(c) || placeDistanceKm(p, c) <= 30);
    if (district.name) {
      const named = search(district.name).found.filter((f) => cityPlaces.size === 0 || near(f.place));
      if (named.length) return { found: named, fallback: null };
    }
    if (district.number !== null && cities.length) {
      const names = new Set<string>();
      for (const c of cities)
        for (const n of [c.place.nameEn, ...c.place.aliases.filter((a) => !hasHan(a))]) names.add(n);
      for (const n of names) {
        for (const num of [String(district.number), intToRoman(district.number)]) {
          const hits = search(`${n} ${num}`).found.filter((f) => near(f.place));
          if (hits.length) return { found: hits.map((h) => ({ ...h, tier: 2 as Tier })), fallback: null };
        }
      }
    }
    if (!cities.length) return { found: [], fallback: null };
    const label = district.number !== null ? `district ${district.number}` : `district ${district.name}`;
    return {
      found: cities,
      fallback: `the gazetteer has no place for ${label} of ${district.city}, so the city itself is given`,
    };
  }

  /** Autocomplete: places whose names start with the text, exact names first, then by population. */
  search(text: string, limit = 10): Place[] {
    const key = nameKeyForms(text)[0]?.key;
    if (!key) return [];
    if (!this.sortedKeys) this.sortedKeys = [...this.index.keys()].sort();
    const keys = this.sortedKeys;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    const rank = new Map<number, number>();
    for (let k = lo; k < keys.length && keys[k].startsWith(key) && rank.size < 5000; k++) {
      const level = keys[k] === key ? 2 : 1;
      for (const code of this.index.get(keys[k])!) {
        const i = code >> 1;
        const r = level * 2 + (code & 1);
        if ((rank.get(i) ?? -1) < r) rank.set(i, r);
      }
    }
    return [...rank]
      .sort(
        (a, b) =>
          b[1] - a[1] ||
          this.prominence(this.places[b[0]]) - this.prominence(this.places[a[0]]) ||
          a[0] - b[0],
      )
      .slice(0, limit)
      .map(([i]) => this.places[i]);
  }
}

/** A homonym this close to the given coordinates is taken when the next one is well beyond. */
const NEAR_KM = 5;
/** How far from the given coordinates a variant spelling of the name is looked for. */
const VARIANT_KM = 10;

/**
 * Designations a name may carry or drop and still be the same place (`Bad Kötzting`/`Kötzting`,
 * `Horad Zhodzina`, `Gemeente Noordenveld`, `Heroica Caborca`). Any other extra word may name another
 * place (`Istočno Sarajevo`, `Greater Manchester`, `Aue-Bad Schlema`), so it is never a variant.
 */
const DESIGNATIONS = new Set(
  (
    'bad ostseebad spa ciudad city town shire heroica lutherstadt hansestadt stadt markt centro ' +
    'gemeente obshtina obstina bashkia vald vallad commune municipality municipio comune kommune gmina ' +
    'opstina opcina obcina horad horod gorod miasto mesto'
  ).split(' '),
);
/** Small words of names that carry nothing (`Reichenbach im Vogtland`, `Commune de Préizerdaul`). */
const FILLER = new Set(
  'a am an and de del der des di do du da el en im in la le les of the und von zu y'.split(' '),
);

interface VariantForms {
  key: string;
  words: Set<string>;
}

function variantForms(name: string): VariantForms {
  const tokens = nameTokens(parseName(name).base).filter((t) => !FILLER.has(t));
  return { key: tokens.join(''), words: new Set(tokens) };
}

/** How two names are variants of each other, or null. */
function variantRelation(a: VariantForms, b: VariantForms, km: number): string | null {
  if (!a.key || !b.key) return null;
  const shorter = Math.min(a.key.length, b.key.length);
  const allowed = shorter >= 11 ? 3 : shorter >= 7 ? 2 : shorter >= 4 ? 1 : 0;
  // Short names differ by a letter from many neighbours: their variants must lie at the very spot.
  if (
    allowed &&
    editDistance(a.key, b.key) <= allowed &&
    a.key[0] === b.key[0] &&
    km <= (shorter >= 8 ? VARIANT_KM : 3)
  )
    return 'a variant spelling of the name';
  // Transliterations that differ in vowels and one consonant (`Beit Sahour`/`Bayt Sāḩūr`, `Kiryat Shmona`/`Qiryat Shemona`).
  const [sa, sb] = [skeletonKey(a.key), skeletonKey(b.key)];
  // The same first letter, and a dropped consonant only within the same number of words (not `Lasarte-Oria`/`Lasarte`).
  if (
    sa.length >= 5 &&
    sb.length >= 5 &&
    km <= 3 &&
    sa[0].replace(/[cq]/, 'k') === sb[0].replace(/[cq]/, 'k') &&
    (sa.length === sb.length || a.words.size === b.words.size) &&
    editDistance(sa, sb) <= 1
  )
    return 'a transliteration of the name';
  const [small, large] = a.words.size <= b.words.size ? [a.words, b.words] : [b.words, a.words];
  if (small.size === 0 || ![...small].every((w) => large.has(w))) return null;
  if ([...small].join('').length < 4) return null;
  const extra = [...large].filter((w) => !small.has(w));
  if (!extra.every((w) => DESIGNATIONS.has(w))) return null;
  return extra.length ? `the same name with "${extra.join(' ')}"` : 'the same words';
}

function placeDistance(p: Place, lat: number, lng: number): number {
  if (p.lat === null || p.lng === null) return Infinity;
  return distanceKm(p.lat, p.lng, lat, lng);
}

function placeDistanceKm(a: Place, b: Place): number {
  if (b.lat === null || b.lng === null) return Infinity;
  return placeDistance(a, b.lat, b.lng);
}

/** Levenshtein distance, for telling a variant spelling from a different name. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 4;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
