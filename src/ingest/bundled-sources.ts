/** The sources of the bundled open data, described once so every importer cites them the same way. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SourceRow } from '../store/batch.ts';

export const SOURCE_DOCUMENTS: Record<string, Omit<SourceRow, 'id'>> = {
  '000': {
    title: 'Belt and Road and the global city cooperation of Shanghai (policy paper)',
    titleZh: '“一带一路”与上海全球城市合作',
    kind: 'document',
    note: 'source document 000_7356d37595c81c4f.txt',
  },
  '001': {
    title: "The global layout and distinctive positioning of Shanghai's city diplomacy",
    titleZh: '上海城市外交的全球布局与特色定位',
    kind: 'document',
    note: 'source document 001_69b95832d7097404.txt',
  },
  '002': {
    title: 'Building the Belt and Road with cities as carriers (report)',
    titleZh: '以城市为载体共建“一带一路”',
    kind: 'document',
    note: 'source document 002_bc299dd492ec7513.txt',
  },
  '003': {
    title:
      'The enlightenment of the science and technology innovation link and Sino-US urban cooperation to Shanghai development',
    titleZh: '科技创新纽带和中美城市合作对上海发展的启示',
    kind: 'document',
    publisher: 'Zhu Yunjie, Li Guangming, Yu Hongyuan',
    note: 'source document 003_7e9e2be989c70a6d.txt',
  },
  '004': {
    title:
      "City diplomacy in China's overall diplomacy: ideas, strategic alignment and institutional innovation",
    titleZh: '城市外交与国家总体外交：思想契合、战略对接与机制创新',
    kind: 'document',
    note: 'source document 004_58f4e1f1ae64344f.txt',
  },
};

export const documentSourceId = (number: string) => `src:doc-${number}`;

export function documentSources(): SourceRow[] {
  return Object.entries(SOURCE_DOCUMENTS).map(([n, s]) => ({ id: documentSourceId(n), ...s }));
}

/** One source per Wikipedia country list, so each pair keeps which list it came from. */
export function twinCitiesListSource(countryName: string): SourceRow {
  const slug = countryName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return {
    id: `src:wikipedia-twins-${slug}`,
    title: `Wikipedia: List of twin towns and sister cities in ${countryName}`,
    kind: 'dataset',
    publisher: 'Wikipedia contributors; compiled by Erik Hekman (Hekman/twincities)',
    url: 'https://github.com/Hekman/twincities',
    licence: 'CC BY-SA 4.0 (Wikipedia text); compilation MIT',
    note: 'bundled as data/twin-cities/twin_cities_raw.csv',
  };
}

const TWIN_CITIES_GEOCODED = fileURLToPath(
  new URL('../../data/twin-cities/twin_cities_geocoded.csv', import.meta.url),
);

const TWIN_CITIES_RAW = fileURLToPath(new URL('../../data/twin-cities/twin_cities_raw.csv', import.meta.url));

/** The bundled twin-city lists (null if the file is missing). */
export function twinCitiesLists(): string | null {
  return existsSync(TWIN_CITIES_RAW) ? readFileSync(TWIN_CITIES_RAW, 'utf8') : null;
}

/**
 * The coordinates compiled for the twin-city lists (null if the file is missing). Every import of a
 * twin-city file needs them, not only the first start's: without them some names resolve to another
 * place of the same name, and re-importing the same lists would add those ties.
 */
export function twinCitiesCoordinates(): string | null {
  return existsSync(TWIN_CITIES_GEOCODED) ? readFileSync(TWIN_CITIES_GEOCODED, 'utf8') : null;
}

/** Parses a seed-fact `source` field such as `001_….txt (Table 1); 002_….txt gives April 2015`. */
export function parseDocumentCitations(text: string): { sourceId: string; locator: string }[] {
  const citations: { sourceId: string; locator: string }[] = [];
  for (const part of text.split(/;\s*/)) {
    const match = /(\d{3})_[0-9a-f]+\.txt(?:\s*\(([^)]*)\))?(.*)$/.exec(part.trim());
    if (!match) continue;
    const locator = [match[2], match[3]?.replace(/^[,\s]+/, '')].filter(Boolean).join('; ');
    citations.push({ sourceId: documentSourceId(match[1]), locator });
  }
  return citations;
}
