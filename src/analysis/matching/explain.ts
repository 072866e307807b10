/**
 * Bilingual wording of the score components and of the vetting warnings. Every sentence states the
 * feature values that produced the component, so a reader can check it against the data.
 */
import { CONTINENT_ZH, isDomestic, stateOf, type Continent } from '../../domain/geo.ts';
import type { SeekerContext } from './context.ts';
import {
  fieldName,
  MATCH_ROLE_TEXT,
  SIZE_CLASS_TEXT,
  type CandidateFeatures,
  type ComponentKey,
  type MatchWarning,
} from './types.ts';

interface Text {
  en: string;
  zh: string;
}

/** Latitude bands within this many degrees count as a similar climate in the wording. */
const SIMILAR_LATITUDE_DEGREES = 7;

const pct = (x: number) => `${Math.round(x * 100)}%`;
const enNumber = new Intl.NumberFormat('en');

function population(value: number): Text {
  if (value >= 1e6) return { en: `${(value / 1e6).toFixed(1)} million`, zh: `${(value / 1e4).toFixed(0)}万` };
  if (value >= 1e4)
    return { en: enNumber.format(Math.round(value / 1000) * 1000), zh: `${(value / 1e4).toFixed(1)}万` };
  return { en: enNumber.format(value), zh: String(value) };
}

function nameOf(ctx: SeekerContext, id: string): { id: string; nameEn: string; nameZh: string | null } {
  const i = ctx.pool.indexOf.get(id);
  const p = i === undefined ? ctx.dataset.places.get(id) : ctx.pool.places[i];
  return { id, nameEn: p?.nameEn ?? id, nameZh: p?.nameZh ?? null };
}

function names(ctx: SeekerContext, ids: string[], max = 5): Text {
  const list = ids.map((id) => nameOf(ctx, id));
  const more = list.length > max ? list.length - max : 0;
  const shown = list.slice(0, max);
  return {
    en: shown.map((p) => p.nameEn).join(', ') + (more ? ` and ${more} more` : ''),
    zh: shown.map((p) => p.nameZh ?? p.nameEn).join('、') + (more ? `等${list.length}个` : ''),
  };
}

function continentText(c: Continent | 'unknown'): Text {
  return c === 'unknown' ? { en: 'an unknown continent', zh: '未知大洲' } : { en: c, zh: CONTINENT_ZH[c] };
}

function latitude(lat: number | null): Text {
  if (lat === null) return { en: 'unknown', zh: '未知' };
  const deg = Math.round(Math.abs(lat));
  return lat >= 0 ? { en: `${deg}°N`, zh: `北纬${deg}°` } : { en: `${deg}°S`, zh: `南纬${deg}°` };
}

/** The sentence for one component of candidate `i`. */
export function explainComponent(
  ctx: SeekerContext,
  i: number,
  key: ComponentKey,
  f: CandidateFeatures,
): Text {
  const { pool, seeker } = ctx;
  const p = pool.places[i];
  const me = pool.places[seeker];
  switch (key) {
    case 'size': {
      if (f.population === null || me.population === null)
        return { en: 'population unknown: size not compared', zh: '人口不详，未比较规模' };
      if (f.sizeClass && f.sizeClass === ctx.sizeClass) {
        const t = SIZE_CLASS_TEXT[f.sizeClass];
        return { en: `a ${t.en}, like yours`, zh: `与本市同为${t.zh}` };
      }
      const a = population(f.population);
      const b = population(me.population);
      return { en: `population ${a.en} against your ${b.en}`, zh: `人口${a.zh}，本市${b.zh}` };
    }
    case 'role': {
      const t = MATCH_ROLE_TEXT[f.role];
      if (f.role === ctx.role) return { en: `${t.en}, like yours`, zh: `与本市同为${t.zh}` };
      const mine = MATCH_ROLE_TEXT[ctx.role];
      return { en: `${t.en}; yours is ${mine.en}`, zh: `${t.zh}；本市为${mine.zh}` };
    }
    case 'coastal': {
      if (f.coastal.coastal === null) return { en: 'coastal status unknown', zh: '是否沿海不详' };
      if (f.coastal.coastal && pool.coastal[seeker] === 1)
        return { en: 'a port city like yours', zh: '港口城市，与本市相似' };
      if (!f.coastal.coastal && pool.coastal[seeker] === 0)
        return { en: 'an inland city like yours', zh: '内陆城市，与本市相似' };
      return f.coastal.coastal
        ? { en: 'coastal, while you are inland', zh: '沿海城市，本市地处内陆' }
        : { en: 'inland, while you are coastal', zh: '内陆城市，本市沿海' };
    }
    case 'climate': {
      const a = latitude(p.lat);
      const b = latitude(me.lat);
      const sameCoast = pool.coastal[i] >= 0 && pool.coastal[i] === pool.coastal[seeker];
      const coast = sameCoast
        ? pool.coastal[i] === 1
          ? { en: '; both coastal', zh: '；同为沿海' }
          : { en: '; both inland', zh: '；同为内陆' }
        : { en: '', zh: '' };
      return (f.latitudeBandDifference ?? 99) <= SIMILAR_LATITUDE_DEGREES
        ? {
            en: `a similar climate band: ${a.en} against your ${b.en}${coast.en}`,
            zh: `气候带相近：${a.zh}，本市${b.zh}${coast.zh}`,
          }
        : {
            en: `a different climate band: ${a.en} against your ${b.en}${coast.en}`,
            zh: `气候带不同：${a.zh}，本市${b.zh}${coast.zh}`,
          };
    }
    case 'proximity':
      return f.distanceKm === null
        ? { en: 'distance unknown', zh: '距离不详' }
        : {
            en: `${enNumber.format(f.distanceKm)} km away, about ${f.flightHours} h by air`,
            zh: `相距${f.distanceKm}公里，飞行约${f.flightHours}小时`,
          };
    case 'development': {
      const name = f.development.indicator ?? '';
      if (f.development.value === null || f.development.seeker === null)
        return { en: `no ${name} value to compare`, zh: `缺少${name}数据，未比较发展水平` };
      return {
        en: `a similar development level (${name}: ${f.development.value.toFixed(2)} against your ${f.development.seeker.toFixed(2)}, scaled 0–1)`,
        zh: `发展水平相近（${name}：${f.development.value.toFixed(2)}，本市${f.development.seeker.toFixed(2)}，按0–1缩放）`,
      };
    }
    case 'profile': {
      const s = ctx.profile.shares;
      const total = ctx.profile.total;
      if (!total) return { en: 'no partners abroad yet to learn from', zh: '尚无境外伙伴可供参照' };
      const home = ctx.dataset.countries.get(ctx.homeCountry);
      const whose =
        ctx.profile.from === 'own'
          ? { en: 'your partners abroad', zh: '您的境外伙伴' }
          : {
              en: `the partners of other ${home?.nameEn ?? ctx.homeCountry} places`,
              zh: `${home?.nameZh ?? ctx.homeCountry}其他地方的伙伴`,
            };
      const parts: { share: number; telling: number; en: string; zh: string }[] = [];
      const countryShare = s.country.get(p.countryCode) ?? 0;
      const country = ctx.dataset.countries.get(p.countryCode);
      if (countryShare)
        parts.push({
          share: countryShare,
          telling: 1.5,
          en: `${pct(countryShare)} of them are in ${country?.nameEn ?? p.countryCode}`,
          zh: `${pct(countryShare)}位于${country?.nameZh ?? p.countryCode}`,
        });
      const continentShare = s.continent.get(f.continent) ?? 0;
      if (continentShare)
        parts.push({
          share: continentShare,
          telling: 0.8,
          en: `${pct(continentShare)} are in ${continentText(f.continent).en}`,
          zh: `${pct(continentShare)}位于${continentText(f.continent).zh}`,
        });
      const roleShare = s.role.get(f.role) ?? 0;
      if (roleShare)
        parts.push({
          share: roleShare,
          telling: 1.2,
          en: `${pct(roleShare)} share its role (${MATCH_ROLE_TEXT[f.role].en})`,
          zh: `${pct(roleShare)}为${MATCH_ROLE_TEXT[f.role].zh}`,
        });
      const coastShare = s.coastal.get(pool.coastal[i]) ?? 0;
      if (coastShare && pool.coastal[i] === 1)
        parts.push({
          share: coastShare,
          telling: 1,
          en: `${pct(coastShare)} are coastal`,
          zh: `${pct(coastShare)}为沿海城市`,
        });
      const sizeShare = f.sizeClass ? (s.size.get(f.sizeClass) ?? 0) : 0;
      if (sizeShare && f.sizeClass)
        parts.push({
          share: sizeShare,
          telling: 0.9,
          en: `${pct(sizeShare)} share its size (${SIZE_CLASS_TEXT[f.sizeClass].en})`,
          zh: `${pct(sizeShare)}为${SIZE_CLASS_TEXT[f.sizeClass].zh}`,
        });
      // The most telling facets first: a shared country says more than a shared continent.
      const top = parts
        .filter((t) => t.share >= 0.2)
        .sort((a, b) => b.share * b.telling - a.share * a.telling)
        .slice(0, 2);
      if (!top.length) return { en: `unlike ${whose.en}`, zh: `与${whose.zh}不同` };
      return {
        en: `like ${whose.en}: ${top.map((t) => t.en).join('; ')}`,
        zh: `与${whose.zh}相似：${top.map((t) => t.zh).join('；')}`,
      };
    }
    case 'complementarity': {
      const offer = f.complementarity.theyOffer.map(fieldName);
      const need = f.complementarity.theyNeed.map(fieldName);
      const en: string[] = [];
      const zh: string[] = [];
      if (offer.length) {
        en.push(`offers what you seek (${offer.map((x) => x.en).join(', ')})`);
        zh.push(`可提供您所需（${offer.map((x) => x.zh).join('、')}）`);
      }
      if (need.length) {
        en.push(`seeks what you offer (${need.map((x) => x.en).join(', ')})`);
        zh.push(`需要您所长（${need.map((x) => x.zh).join('、')}）`);
      }
      return en.length
        ? { en: en.join('; '), zh: zh.join('；') }
        : { en: 'no matching needs and offers', zh: '需求与优势无对应' };
    }
    case 'deficit': {
      const g = ctx.deficit.continent.get(f.continent);
      const c = continentText(f.continent);
      if (!g) return { en: `${c.en}: no benchmark`, zh: `${c.zh}：无基准` };
      return {
        en: `${c.en} is under-represented among your partners (${pct(g.observed)} against ${pct(g.expected)} expected)`,
        zh: `${c.zh}在您的伙伴中偏少（占${pct(g.observed)}，基准${pct(g.expected)}）`,
      };
    }
    case 'nationalDeficit': {
      const g = ctx.deficit.national.continent.get(f.continent);
      const c = continentText(f.continent);
      const home = ctx.dataset.countries.get(ctx.homeCountry);
      if (!g) return { en: `${c.en}: no benchmark`, zh: `${c.zh}：无基准` };
      return {
        en: `${c.en} is under-represented among ${home?.nameEn ?? ctx.homeCountry}'s partners (${pct(g.observed)} against ${pct(g.expected)} expected)`,
        zh: `${c.zh}在${home?.nameZh ?? ctx.homeCountry}全国的伙伴中偏少（占${pct(g.observed)}，基准${pct(g.expected)}）`,
      };
    }
    case 'corridor': {
      const corridors = (ids: string[]) => {
        const found = ids.map((id) => ctx.dataset.corridors.find((k) => k.id === id));
        return {
          en: found.map((k, j) => k?.nameEn ?? ids[j]).join(', '),
          zh: found.map((k, j) => k?.nameZh ?? ids[j]).join('、'),
        };
      };
      if (f.corridor.nodeOf.length) {
        const t = corridors(f.corridor.nodeOf);
        return { en: `a node city of the ${t.en}`, zh: `${t.zh}节点城市` };
      }
      const t = corridors(f.corridor.countryOf);
      return { en: `in a country of the ${t.en}`, zh: `位于${t.zh}沿线国家` };
    }
    case 'beltAndRoad':
      return { en: 'in a Belt and Road country', zh: '位于共建“一带一路”国家' };
    case 'projects':
      return {
        en: `${f.projects} cooperation project${f.projects === 1 ? '' : 's'} recorded there (Chinese-financed projects tracked by AidData among them)`,
        zh: `当地有${f.projects}个本库记录的合作项目（含AidData追踪的中国资助项目）`,
      };
    case 'commonNeighbours': {
      const n = f.network.commonNeighbours.length;
      const t = names(ctx, f.network.commonNeighbours, 3);
      return n === 1
        ? { en: `1 of your partners is tied to it (${t.en})`, zh: `您的1个伙伴城市与其结好（${t.zh}）` }
        : {
            en: `${n} of your partners are tied to it (${t.en})`,
            zh: `您的${n}个伙伴城市与其结好（${t.zh}）`,
          };
    }
    case 'adamicAdar':
      return {
        en: `closely linked through your partners (Adamic–Adar ${f.network.adamicAdar.toFixed(2)})`,
        zh: `通过您的伙伴城市联系紧密（Adamic–Adar指数${f.network.adamicAdar.toFixed(2)}）`,
      };
    case 'degree':
      return {
        en: `well connected: ${f.network.degree} partners in the network`,
        zh: `网络联系广泛：共有${f.network.degree}个伙伴城市`,
      };
    case 'community':
      return { en: 'in your community of the partnership network', zh: '与本市同属友城网络的一个社群' };
    case 'competition': {
      const n = f.competition.domesticHolders.length;
      const t = names(ctx, f.competition.domesticHolders);
      const home = ctx.dataset.countries.get(ctx.homeCountry);
      return {
        en: `already tied to ${n} other ${home?.nameEn ?? ctx.homeCountry} ${n === 1 ? 'place' : 'places'}: ${t.en}`,
        zh: `已与${home?.nameZh ?? ctx.homeCountry}其他${n}个地方结好：${t.zh}`,
      };
    }
    case 'capitalTaken': {
      const t = names(ctx, f.competition.domesticHolders);
      return {
        en: `the capital, already held by ${t.en}`,
        zh: `该首都已与${t.zh}结好`,
      };
    }
    case 'duplicate': {
      const t = names(ctx, f.duplicateOf);
      return {
        en: `duplicates a tie your city already has through ${t.en}`,
        zh: `与本市（${t.zh}）已有的友好关系重复`,
      };
    }
  }
}

/** What a reviewer of a proposal with candidate `i` should know. */
export function warningsFor(ctx: SeekerContext, i: number, f: CandidateFeatures): MatchWarning[] {
  const warnings: MatchWarning[] = [];
  const p = ctx.pool.places[i];
  const country = ctx.dataset.countries.get(p.countryCode);
  const countryEn = country?.nameEn ?? p.countryCode;
  const countryZh = country?.nameZh ?? p.countryCode;
  const listed = (ids: string[]) => ids.map((id) => nameOf(ctx, id));
  if (ctx.partners.has(i))
    warnings.push({ code: 'already-partner', en: 'already a partner of yours', zh: '已是本市的友好城市' });
  // A place at home (Hong Kong, Macao or Taiwan for a Chinese city) is no foreign capital and no Belt
  // and Road country.
  const atHome = isDomestic(ctx.homeCountry, p.countryCode);
  if (atHome) warnings.push({ code: 'same-country', en: 'in your own country', zh: '位于本国' });
  if (withoutRelations(ctx, p.countryCode))
    warnings.push({
      code: 'no-diplomatic-relations',
      en: `${countryEn} has no diplomatic relations with the People's Republic of China: a partnership there cannot be proposed`,
      zh: `${countryZh}未与中华人民共和国建交，不能提出在该国结好`,
    });
  const holders = f.competition.domesticHolders;
  if (holders.length >= ctx.contestedAt) {
    const t = names(ctx, holders, 10);
    warnings.push({
      code: 'contested',
      en: `already tied to ${holders.length} other domestic places: ${t.en}`,
      zh: `已与国内其他${holders.length}个地方结好：${t.zh}`,
      places: listed(holders),
    });
  }
  if (!atHome && f.competition.capitalHeldBy.length) {
    const capitals = (ctx.pool.capitalsOf.get(p.countryCode) ?? []).map((c) => ctx.pool.places[c]);
    const capital = capitals[0];
    const t = names(ctx, f.competition.capitalHeldBy);
    const isIt = capitals.some((c) => c.id === p.id);
    warnings.push({
      code: 'capital-held',
      en: isIt
        ? `${p.nameEn} is the capital of ${countryEn} and is already tied to ${t.en}`
        : `a peer already holds the capital of ${countryEn} (${capital?.nameEn ?? 'capital'}: ${t.en})`,
      zh: isIt
        ? `${p.nameZh ?? p.nameEn}是${countryZh}首都，已与${t.zh}结好`
        : `国内同行已与${countryZh}首都${capital ? (capital.nameZh ?? capital.nameEn) : ''}结好（${t.zh}）`,
      places: listed(f.competition.capitalHeldBy),
    });
  }
  if (!atHome && country && !country.beltAndRoad)
    warnings.push({
      code: 'not-belt-and-road',
      en: `${countryEn} is not marked as a Belt and Road country: it is not among the 64 countries along the routes (the registry's Belt and Road flag is the proxy; countries that signed cooperation documents later are not in it)`,
      zh: `${countryZh}未标记为“一带一路”国家：不在“一带一路”沿线64国之列（以数据库中的“一带一路”标记为依据；此后签署合作文件的国家未计入）`,
    });
  if (f.duplicateOf.length) {
    const t = names(ctx, f.duplicateOf);
    warnings.push({
      code: 'duplicate',
      en: `duplicates an existing tie: ${t.en} (your city, a place above it or one of its subdivisions) already ${f.duplicateOf.length === 1 ? 'has' : 'have'} a tie with ${p.nameEn} or the place it belongs to`,
      zh: `与现有友好关系重复：${t.zh}（本市、其上级或下辖地方）已与${p.nameZh ?? p.nameEn}或其所属地方结好`,
      places: listed(f.duplicateOf),
    });
  }
  return warnings;
}

/** A Chinese seeker's candidate in a state without diplomatic relations with the People's Republic of China. */
export function withoutRelations(ctx: SeekerContext, countryCode: string): boolean {
  return (
    stateOf(ctx.homeCountry) === 'CN' && ctx.dataset.countries.get(countryCode)?.diplomaticRelations === false
  );
}
