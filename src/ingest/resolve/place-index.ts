import type { Place } from '../../domain/geo.ts';
import { distanceKm } from '../../domain/geo.ts';
import { nameKeyForms, skeletonKey } from '../gazetteer/normalize.ts';
import { prominence } from './place-facts.ts';
import type { MatchTier, Scored } from './resolution.ts';

/** `user`: added by hand, found like a gazetteer place; `source`: established by a list, found by its names only. */
export type PlaceOrigin = 'user' | 'source';

export interface NearbyPlace {
  place: Place;
  km: number;
}

/** Places by name key, spelling skeleton and position. */
export class PlaceIndex {
  private readonly places: Place[];
  private readonly byId = new Map<string, Place>();
  private readonly indexOf = new Map<Place, number>();
  /** key → entries `placeIndex * 2 + (exact ? 1 : 0)`. */
  private readonly keys = new Map<string, number[]>();
  private readonly userKeys = new Map<string, number[]>();
  /** consonant skeleton → place indices, for spellings that differ in vowels only. */
  private readonly skeletons = new Map<string, number[]>();
  private sortedKeys: string[] | null = null;
  /** Places established by a list's own coordinates rather than a gazetteer (`tw:` ids): matched by name only. */
  private readonly sourceIds = new Set<string>();
  /** 1° cells → place indices, for places near given coordinates. Built on first use. */
  private grid: Map<string, number[]> | null = null;

  constructor(places: Place[]) {
    this.places = places.slice();
    this.places.forEach((p, i) => this.indexPlace(p, i, true));
  }

  private indexPlace(p: Place, i: number, withSkeleton: boolean): void {
    this.byId.set(p.id, p);
    this.indexOf.set(p, i);
    const names = [p.nameEn, ...(p.nameZh ? [p.nameZh] : []), ...p.aliases];
    for (const name of names) {
      const forms = nameKeyForms(name);
      for (const form of forms) addEntry(this.keys, form.key, i, form.exact);
      const skeleton = withSkeleton && forms.length ? skeletonKey(forms[0].key) : '';
      if (skeleton) {
        const list = this.skeletons.get(skeleton);
        if (!list) this.skeletons.set(skeleton, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    }
  }

  /**
   * Adds a place after construction. A `source` place never takes part in spelling variants or nearby
   * searches, so adding it cannot change how other names resolve.
   */
  add(place: Place, origin: PlaceOrigin): void {
    if (this.byId.has(place.id)) return;
    const i = this.places.length;
    this.places.push(place);
    if (origin === 'source') this.sourceIds.add(place.id);
    this.indexPlace(place, i, origin !== 'source');
    if (this.grid && origin !== 'source') this.addToGrid(i);
    this.sortedKeys = null;
  }

  /** Adds a name users know a place by; it outranks every gazetteer name. */
  addAlias(alias: string, placeId: string): void {
    const place = this.byId.get(placeId);
    if (!place) throw new Error(`addAlias: no place with id ${placeId}`);
    const i = this.indexOf.get(place)!;
    for (const form of nameKeyForms(alias)) {
      addEntry(this.userKeys, form.key, i, form.exact);
      addEntry(this.keys, form.key, i, form.exact);
    }
    this.sortedKeys = null;
  }

  get(id: string): Place | undefined {
    return this.byId.get(id);
  }

  isSource(id: string): boolean {
    return this.sourceIds.has(id);
  }

  /** Places whose names match, best match tier per place; `countries` limits them when given. */
  lookup(name: string, countries: Set<string> | null): Scored[] {
    const best = new Map<number, MatchTier>();
    for (const form of nameKeyForms(name)) {
      for (const code of this.keys.get(form.key) ?? []) {
        const i = code >> 1;
        const exact = (code & 1) === 1;
        const p = this.places[i];
        if (countries && !countries.has(p.countryCode)) continue;
        let tier: MatchTier = form.exact && exact ? 2 : form.exact || exact ? 1 : 0;
        if (tier === 2 && this.userKeys.get(form.key)?.includes(code)) tier = 3;
        if ((best.get(i) ?? -1) < tier) best.set(i, tier);
      }
    }
    return [...best].map(([i, tier]) => ({ place: this.places[i], tier }));
  }

  /** Places (source places left out) whose first name key has this consonant skeleton. */
  withSkeleton(skeleton: string): Place[] {
    return (this.skeletons.get(skeleton) ?? []).map((i) => this.places[i]);
  }

  /** Parent, grandparent and so on, at most five. */
  ancestors(p: Place): Place[] {
    const out: Place[] = [];
    let cur = p.parentId ? this.byId.get(p.parentId) : undefined;
    while (cur && out.length < 5) {
      out.push(cur);
      cur = cur.parentId ? this.byId.get(cur.parentId) : undefined;
    }
    return out;
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
  nearby(lat: number, lng: number, radiusKm: number, countryCode?: string | null): NearbyPlace[] {
    // Not a point on the Earth: nothing is near it. (At 1e20 a cell counter no longer steps, so the loops
    // below would never end.)
    if (!(Math.abs(lat) <= 90 && Math.abs(lng) <= 180 && radiusKm >= 0 && radiusKm < 20_100)) return [];
    if (!this.grid) {
      this.grid = new Map();
      for (let i = 0; i < this.places.length; i++) this.addToGrid(i);
    }
    const dLat = Math.ceil(radiusKm / 111);
    const cos = Math.max(Math.cos((Math.min(Math.abs(lat) + dLat, 89.9) * Math.PI) / 180), 0.01);
    const dLng = Math.min(Math.ceil(radiusKm / (111 * cos)), 180);
    const out: NearbyPlace[] = [];
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

  /** Autocomplete: places whose names start with the text, exact names first, then by prominence. */
  startingWith(text: string, limit: number): Place[] {
    const key = nameKeyForms(text)[0]?.key;
    if (!key) return [];
    if (!this.sortedKeys) this.sortedKeys = [...this.keys.keys()].sort();
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
      for (const code of this.keys.get(keys[k])!) {
        const i = code >> 1;
        const r = level * 2 + (code & 1);
        if ((rank.get(i) ?? -1) < r) rank.set(i, r);
      }
    }
    return [...rank]
      .sort(
        (a, b) => b[1] - a[1] || prominence(this.places[b[0]]) - prominence(this.places[a[0]]) || a[0] - b[0],
      )
      .slice(0, limit)
      .map(([i]) => this.places[i]);
  }
}

/** Adds a place to a key's entries; an exact entry replaces a reduced one of the same place. */
function addEntry(index: Map<string, number[]>, key: string, placeIndex: number, exact: boolean): void {
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
