/**
 * Name normalisation shared by the gazetteer, the resolver and the store's search index.
 * A key is lower case, ASCII-folded and has no spaces or punctuation, so `Saint-Étienne`,
 * `Saint Etienne` and `St. Etienne` share one; Chinese names get keys for the bare name and its pinyin.
 */
import { pinyin } from 'pinyin-pro';

/**
 * Place names whose characters are read otherwise than in common words (地名特殊读音): 乐清 is Yuèqīng, not
 * Lèqīng. The readings are the places' own romanisations (GeoNames agrees where it has the place:
 * Hunchun, Junlian, Fanshi); pinyin-pro's dictionary reads them as in ordinary words, so English names
 * and pinyin searches for these places would otherwise miss.
 */
export const PLACE_NAME_READINGS: Record<string, string> = {
  乐清: 'yue qing',
  乐亭: 'lao ting',
  珲春: 'hun chun',
  涡阳: 'guo yang',
  单县: 'shan xian',
  洪洞: 'hong tong',
  解州: 'xie zhou',
  蔚县: 'yu xian',
  筠连: 'jun lian',
  歙县: 'she xian',
  浚县: 'xun xian',
  繁峙: 'fan shi',
  大埔: 'da bu',
  曾都: 'zeng du',
};

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Letters that Unicode decomposition does not reduce to ASCII. */
const SPECIAL_LETTERS: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŀ: 'l',
  ĸ: 'k',
  ŋ: 'ng',
  ə: 'e',
  ʻ: '',
  ʼ: '',
  ʿ: '',
  ʾ: '',
};

/** Lower case, diacritics removed, special letters spelt in ASCII; other scripts are kept as they are. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[łđðøæœßþıħŧŀĸŋəʻʼʿʾ]/g, (ch) => SPECIAL_LETTERS[ch] ?? ch);
}

/** Word forms that name the same thing. */
const TOKEN_SYNONYMS: Record<string, string> = {
  st: 'saint',
  ste: 'sainte',
  sts: 'saints',
  mt: 'mount',
  ft: 'fort',
  pt: 'port',
  upon: 'on',
  sv: 'sveti',
};

/** Leading phrases that only say what kind of place follows (`City of X`). Longest first. */
const LEADING_QUALIFIERS = [
  'metropolitan city of',
  'metropolitan municipality of',
  'royal borough of',
  'london borough of',
  'city and county of',
  'city of',
  'town of',
  'municipality of',
  'province of',
  'county of',
  'borough of',
  'district of',
  'region of',
  'prefecture of',
  'state of',
  'village of',
  'township of',
  'commune of',
  'the',
  'kabupaten',
  'kota',
  'comune di',
  'citta di',
  'ville de',
  'municipio de',
  'municipio',
  'gmina',
  'miasto',
  'mesto',
  'grad',
  'obec',
  'dki',
  'di',
  'provincia di',
  'provincia de',
  'departamento de',
  'thanh pho',
  'tp',
  'municipality',
  'regione',
  'region',
  'canton of',
  'canton de',
  'wilaya de',
  'wilaya of',
];

/** Trailing words that only say what kind of place precedes them (`X City`, `X Province`). */
const TRAILING_QUALIFIERS = new Set([
  'city',
  'town',
  'village',
  'municipality',
  'municipal',
  'metropolitan',
  'metropolis',
  'province',
  'prefecture',
  'county',
  'district',
  'region',
  'regency',
  'state',
  'oblast',
  'raion',
  'rayon',
  'governorate',
  'department',
  'borough',
  'commune',
  'shi',
  'si',
  'gun',
  'gu',
  'ku',
  'ken',
  'fu',
  'to',
  'machi',
  'cho',
  'krai',
  'kraj',
  'okrug',
  'voivodeship',
  'canton',
  'parish',
  'urban',
  'kerulet',
  'bezirk',
  'arrondissement',
  'ward',
  'sector',
  'autonomous',
  'special',
  'administrative',
  'council',
  'area',
  'township',
  'sar',
  'capital',
  'territory',
  'republic',
  'mun',
  'kommune',
  'kommun',
  'kunta',
  'gmina',
  'obshtina',
  'opstina',
  'opcina',
  'zupanija',
  'megye',
  'ilce',
  'il',
]);

/** Suffixes of Chinese names that give the rank of a division, longest first. */
const ZH_SUFFIXES = [
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '林区',
  '地区',
  '新区',
  '市',
  '省',
  '区',
  '县',
  '旗',
  '盟',
  '府',
];
const ZH_ETHNIC =
  /(?:维吾尔|哈萨克|柯尔克孜|塔吉克|达斡尔|鄂温克|鄂伦春|蒙古|朝鲜|土家|哈尼|布依|景颇|傈僳|纳西|拉祜|仡佬|毛南|仫佬|锡伯|撒拉|东乡|保安|裕固|独龙|普米|佤|傣|壮|回|苗|藏|彝|白|侗|瑶|黎|满|畲|羌|土|水|怒|各)族?$/u;

/** The Chinese name with its rank suffix (and the ethnic names before 自治) removed; the name itself if nothing is left. */
export function stripChineseSuffix(name: string): string {
  let s = name.replace(/[\s·・()（）]/g, '');
  for (const suffix of ZH_SUFFIXES) {
    if (s.endsWith(suffix) && s.length - suffix.length >= 2) {
      s = s.slice(0, -suffix.length);
      if (suffix.startsWith('自治')) {
        for (let m = ZH_ETHNIC.exec(s); m && s.length - m[0].length >= 2; m = ZH_ETHNIC.exec(s))
          s = s.slice(0, -m[0].length);
      }
      break;
    }
  }
  return s;
}

/**
 * Toneless syllables of a place name. 都 in a place name is dū, a capital or seat (花都 Huadu, 于都 Yudu,
 * 都匀 Duyun), never the adverb dōu that pinyin-pro reads in names it does not know.
 */
function placeSyllables(han: string, nonZh: 'removed' | 'consecutive'): string[] {
  // A name that begins with one of the special readings (乐清市) takes it; the rest is read as usual.
  // Looked up here rather than added to pinyin-pro's dictionary, which would change how it reads any
  // other text in the process (快乐清华).
  const special = Object.keys(PLACE_NAME_READINGS).find((name) => han.startsWith(name));
  if (special)
    return [
      ...PLACE_NAME_READINGS[special].split(' '),
      ...(han.length > special.length ? placeSyllables(han.slice(special.length), nonZh) : []),
    ];
  const chars = [...han];
  return pinyin(han, { toneType: 'none', type: 'array', nonZh, v: true }).map((syllable, i, all) =>
    // Aligned with the characters only when every character is Han (one syllable each).
    all.length === chars.length && chars[i] === '都' ? 'du' : syllable,
  );
}

/** Toneless pinyin of a Chinese name, syllables joined: `成都` → `chengdu`. */
export function pinyinKey(han: string): string {
  return placeSyllables(han, 'removed').join('').toLowerCase();
}

/** Title-cased pinyin with an apostrophe before a syllable that starts with a vowel: `西安` → `Xi'an`. */
export function pinyinName(han: string): string {
  const syllables = placeSyllables(han, 'consecutive');
  const joined = syllables
    .map((syl, i) => (i > 0 && /^[aoe]/.test(syl) ? `'${syl}` : syl))
    .join('')
    .replace(/ü|v/g, 'u');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** The folded words of a name (`Bad Kötzting` → `bad`, `kotzting`). */
export function nameTokens(name: string): string[] {
  return tokensOf(name);
}

function tokensOf(name: string): string[] {
  // Most names are plain ASCII: skip Unicode decomposition for them.
  const folded = PRINTABLE_ASCII.test(name) ? name.toLowerCase() : foldDiacritics(name);
  return folded
    .replace(/&/g, ' and ')
    .replace(/['’‘`´]/g, '')
    .replace(PRINTABLE_ASCII.test(folded) ? /[^a-z0-9]+/g : /[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((t) => TOKEN_SYNONYMS[t] ?? t);
}

const LEADING_WORDS = LEADING_QUALIFIERS.map((phrase) => phrase.split(' '));
const LEADING_FIRST = new Set(LEADING_WORDS.map((w) => w[0]));

function stripLeading(tokens: string[]): string[] | null {
  if (!LEADING_FIRST.has(tokens[0])) return null;
  for (const words of LEADING_WORDS) {
    if (tokens.length > words.length && words.every((w, i) => tokens[i] === w))
      return tokens.slice(words.length);
  }
  return null;
}

/** One key of a name and whether it is the name as written (`exact`) or a reduced form. */
export interface NameKeyForm {
  key: string;
  exact: boolean;
}

/**
 * Keys of a name, the exact form first. Reduced forms drop parenthesised parts, qualifier words
 * (`City of`, `Province`, `市`, `省`) and, for Chinese, add the pinyin (which is reduced because several
 * names share one: 山西 and 陕西 are both `shanxi`).
 */
export function nameKeyForms(name: string): NameKeyForm[] {
  const out: NameKeyForm[] = [];
  const seen = new Map<string, NameKeyForm>();
  const add = (key: string, exact: boolean) => {
    if (!key) return;
    const had = seen.get(key);
    if (had) {
      if (exact && !had.exact) had.exact = true;
      return;
    }
    const form = { key, exact };
    seen.set(key, form);
    out.push(form);
  };
  const trimmed = (PRINTABLE_ASCII.test(name) ? name : name.normalize('NFKC')).trim();
  if (!trimmed) return out;

  if (hasHan(trimmed)) {
    const compact = trimmed.replace(/[\s·・]/g, '');
    const bare = compact.replace(/[(（][^)）]*[)）]/g, '');
    add(compact, true);
    add(bare, false);
    const stripped = stripChineseSuffix(bare);
    // Reduced: 长宁区 and 长宁县 are different places that share 长宁.
    add(stripped, false);
    const hanOnly = stripped.replace(/[^\u3400-\u9fff\uf900-\ufaff]/g, '');
    if (hanOnly.length >= 2) add(pinyinKey(hanOnly), false);
    return out;
  }

  const tokens = tokensOf(trimmed);
  add(tokens.join(''), true);
  const withoutParens = /[([]/.test(trimmed)
    ? tokensOf(trimmed.replace(/\([^)]*\)/g, ' ').replace(/\[[^\]]*\]/g, ' '))
    : tokens;
  let variants = [withoutParens];
  // Reduce leading and trailing qualifiers until nothing changes (`Busan Metropolitan City` → `busan`).
  for (let round = 0; round < 4; round++) {
    const next: string[][] = [];
    for (const v of variants) {
      const lead = stripLeading(v);
      if (lead) next.push(lead);
      if (v.length > 1 && TRAILING_QUALIFIERS.has(v[v.length - 1])) next.push(v.slice(0, -1));
    }
    if (next.length === 0) break;
    for (const v of variants) add(v.join(''), false);
    variants = next;
  }
  for (const v of variants) add(v.join(''), false);
  // `Frankfurt am Main`, `Freiburg im Breisgau`, `Ústí nad Labem`: the bare town name as a reduced key.
  const at = withoutParens.findIndex((t, i) => i > 0 && LOCATIVE_WORDS.has(t));
  if (at > 0 && at < withoutParens.length - 1) add(withoutParens.slice(0, at).join(''), false);
  return out;
}

const LOCATIVE_WORDS = new Set([
  'am',
  'an',
  'im',
  'bei',
  'ob',
  'in',
  'upon',
  'on',
  'sur',
  'sous',
  'nad',
  'pod',
  'na',
  'sul',
  'del',
  'de',
  'la',
  'le',
  'en',
]);

/** Search keys of a name: lower case, ASCII-folded, qualifiers removed, Chinese with pinyin. The first key is the name as written. */
export function nameKeys(name: string): string[] {
  return nameKeyForms(name).map((f) => f.key);
}

/** The exact key of a name (the first of `nameKeys`), or '' for an empty name. */
export function primaryKey(name: string): string {
  const trimmed = name.trim();
  if (!hasHan(trimmed)) return tokensOf(trimmed.normalize('NFKC')).join('');
  return nameKeyForms(name)[0]?.key ?? '';
}

/**
 * Consonant skeleton of a key, for spellings that differ only in vowels or doubled letters
 * (`Polotsk`/`Polatsk`, `Baranavichy`/`Baranovichi`). Empty when too short to be telling.
 */
export function skeletonKey(key: string): string {
  if (!/^[a-z]+$/.test(key)) return '';
  const s = key
    .replace(/ph/g, 'f')
    .replace(/kh/g, 'h')
    .replace(/ck|c|q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/z/g, 's')
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
  return s.length >= 4 ? key[0] + s : '';
}
