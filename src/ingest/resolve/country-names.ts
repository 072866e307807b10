import type { Country } from '../../domain/geo.ts';
import { nameKeyForms, primaryKey } from '../gazetteer/normalize.ts';

/** Countries by ISO code or any name form, as lists write them (`Réunion, France`, `in Italy`, `CHN`, `中国`). */
export class CountryNames {
  private readonly byKey = new Map<string, Country>();
  private readonly byCode = new Map<string, Country>();

  constructor(countries: Country[]) {
    for (const c of countries) {
      this.byCode.set(c.code, c);
      this.byCode.set(c.iso3, c);
    }
    // Explicit names first so a later alias never takes a name that a country is called by.
    const nameLists = [(c: Country) => [c.nameEn], (c: Country) => [c.nameZh], (c: Country) => c.aliases];
    for (const namesOf of nameLists)
      for (const c of countries)
        for (const name of namesOf(c))
          for (const k of nameKeyForms(name)) if (k.exact && !this.byKey.has(k.key)) this.byKey.set(k.key, c);
  }

  resolve(nameOrCode: string | null | undefined): Country | null {
    if (!nameOrCode) return null;
    const text = nameOrCode.trim();
    if (/^[A-Za-z]{2,3}$/.test(text)) {
      const byCode = this.byCode.get(text.toUpperCase());
      if (byCode && (text === text.toUpperCase() || !this.byKey.has(primaryKey(text)))) return byCode;
    }
    const direct = this.byKey.get(primaryKey(text));
    if (direct) return direct;
    const withoutIn = text.replace(/^in\s+/i, '');
    if (withoutIn !== text) return this.resolve(withoutIn);
    const parts = text.split(/\s*,\s*/).filter(Boolean);
    if (parts.length > 1) {
      // `Réunion, France` is Réunion; `Lower Saxony, Germany` is Germany.
      const first = this.byKey.get(primaryKey(parts[0]));
      if (first) return first;
      return this.byKey.get(primaryKey(parts[parts.length - 1])) ?? null;
    }
    return null;
  }
}
