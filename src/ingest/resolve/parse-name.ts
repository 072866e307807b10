import type { PlaceKind } from '../../domain/geo.ts';
import { hasHan } from '../gazetteer/normalize.ts';
import { chineseNumber, latinNumber } from './numerals.ts';

/** A district written by its city and number or name: `Vienna 22 – Donaustadt`, `Prague 1`, `布达佩斯第十五区`. */
export interface DistrictName {
  city: string;
  number: number | null;
  name: string | null;
}

/** What a query says beyond the bare name. */
export interface ParsedName {
  base: string;
  qualifiers: string[];
  kindHint: PlaceKind | null;
  district: DistrictName | null;
}

/** Words that, ending a name or in parentheses, say which kind of place is meant. */
const KIND_WORDS: [RegExp, PlaceKind][] = [
  [
    /^(province|prefecture|provincia|provinz|state|oblast|governorate|voivodeship|department|region|canton|krai|kraj|省|府|州|地区)$/,
    'province',
  ],
  [/^(district|county|borough|arrondissement|bezirk|kerulet|ward|raion|rayon|区|县|旗)$/, 'district'],
  [/^(city|town|municipality|village|市|镇)$/, 'city'],
];

const PARENTHESIS = /^(.*?)\s*[(（]([^)）]*)[)）]\s*$/;

function kindOfWord(word: string): PlaceKind | null {
  const w = word
    .trim()
    .toLowerCase()
    .replace(/[.\s]+$/, '');
  for (const [re, kind] of KIND_WORDS) if (re.test(w)) return kind;
  return null;
}

function districtOf(base: string): DistrictName | null {
  let m: RegExpExecArray | null;
  if ((m = /^(.+?)(?:\s+(\d{1,2}|[IVXL]{1,6})\.?)?\s+[–—-]\s+(.+)$/.exec(base)))
    return { city: m[1], number: m[2] === undefined ? null : latinNumber(m[2]), name: m[3].trim() };
  if (
    (m = /^(.+?)\s+(?:district|borough|arrondissement|bezirk|ward|sector)\s+(\d{1,2}|[IVXL]{1,6})$/i.exec(
      base,
    ))
  )
    return { city: m[1], number: latinNumber(m[2]), name: null };
  if ((m = /^(.+?)\s+(\d{1,2}|[IVXL]{1,6})\.?(?:\s+(?:kerület|district|arrondissement|bezirk))?$/.exec(base)))
    return { city: m[1], number: latinNumber(m[2]), name: null };
  if ((m = /^(.+?)第([一二三四五六七八九十\d]+)区$/.exec(base)))
    return { city: m[1].replace(/市$/, ''), number: chineseNumber(m[2]), name: null };
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
  for (let m = PARENTHESIS.exec(base); m && m[1]; m = PARENTHESIS.exec(base)) {
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
  return { base, qualifiers, kindHint, district: districtOf(base) };
}
