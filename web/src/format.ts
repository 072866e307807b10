/** Formatting per language: numbers, dates at their precision, names, collation. */
import { useTranslation } from 'react-i18next';
import { everyValue, type Continent, type Partnership, type PartnershipType } from './api';

export type Precision = Partnership['signedPrecision'];

interface Named {
  nameEn: string;
  nameZh?: string | null;
}

const collators = { zh: new Intl.Collator('zh-CN'), en: new Intl.Collator('en', { sensitivity: 'base' }) };

export type Format = ReturnType<typeof useFormat>;

export function useFormat() {
  const { t, i18n } = useTranslation();
  const lang: 'zh' | 'en' = i18n.language === 'zh' ? 'zh' : 'en';
  const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const name = (p: Named | null | undefined): string =>
    !p ? '' : lang === 'zh' ? p.nameZh || p.nameEn : p.nameEn;
  /** The other language's name, shown beside the main one when it differs. */
  const altName = (p: Named | null | undefined): string => {
    if (!p) return '';
    const other = lang === 'zh' ? p.nameEn : p.nameZh;
    return other && other !== name(p) ? other : '';
  };
  const date = (value: string | null | undefined, precision: Precision = 'day'): string => {
    if (!value) return t('common.unknown');
    const [y, m, d] = value.slice(0, 10).split('-').map(Number);
    const when = new Date(Date.UTC(y, (m || 1) - 1, d || 1));
    const options: Intl.DateTimeFormatOptions =
      precision === 'year'
        ? { year: 'numeric', timeZone: 'UTC' }
        : precision === 'month'
          ? { year: 'numeric', month: 'short', timeZone: 'UTC' }
          : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
    if (lang === 'zh' && precision !== 'year') options.month = 'long';
    return new Intl.DateTimeFormat(locale, options).format(when);
  };
  const dateTime = (value: string | null | undefined): string =>
    value
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value))
      : '—';
  const country = (p: { countryEn: string; countryZh?: string | null }) =>
    lang === 'zh' ? p.countryZh || p.countryEn : p.countryEn;
  const compareNames = (a: Named, b: Named) => collators[lang].compare(name(a), name(b));
  const compareText = (a: string, b: string) => collators[lang].compare(a, b);
  return {
    t,
    lang,
    locale,
    /** A number in the language's style; with `digits`, exactly that many decimals. */
    num: (n: number | null | undefined, digits?: number) =>
      n === null || n === undefined
        ? '—'
        : digits === undefined
          ? number.format(n)
          : new Intl.NumberFormat(locale, {
              minimumFractionDigits: digits,
              maximumFractionDigits: digits,
            }).format(n),
    pct: (n: number | null | undefined) =>
      n === null || n === undefined || !Number.isFinite(n) ? '—' : percent.format(n),
    name,
    altName,
    date,
    dateTime,
    country,
    compareNames,
    compareText,
  };
}

/** The continents offered in filters and charts, in display order (not Antarctica, nor unknown). */
export const CONTINENTS = everyValue<Exclude<Continent, 'Antarctica' | 'unknown'>>()([
  'Asia',
  'Europe',
  'Africa',
  'North America',
  'South America',
  'Oceania',
]);

export const TYPE_COLOURS: Record<string, string> = {
  sister_city: '#b3261e',
  friendly_exchange: '#1f6fb2',
  other: '#7a5bb5',
  unknown: '#8a8f98',
} satisfies Record<PartnershipType, string>;

export const CONTINENT_COLOURS: Record<string, string> = {
  Asia: '#c0392b',
  Europe: '#2e6db4',
  Africa: '#d68910',
  'North America': '#1e8449',
  'South America': '#8e44ad',
  Oceania: '#17a2b8',
  Antarctica: '#95a5a6',
} satisfies Record<Exclude<Continent, 'unknown'>, string>;

/**
 * An amount of money: in Chinese as an officer writes it (2.25亿美元), in English with the currency's
 * symbol (US$225,000,000); without a currency, the number alone.
 */
export function money(f: Format, amount: number, currency: string | null): string {
  if (!currency) return f.num(amount);
  if (f.lang === 'zh') {
    const figure = new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 2 }).format(
      amount,
    );
    const name = new Intl.DisplayNames('zh-CN', { type: 'currency', fallback: 'code' }).of(currency);
    return `${figure}${name ?? currency}`;
  }
  return new Intl.NumberFormat(f.locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
    amount,
  );
}

/** A project's amount with the year its value is given in. */
export function projectAmount(
  f: Format,
  j: { amount: number | null; currency: string | null; amountYear: number | null },
): string {
  if (j.amount === null) return '—';
  const value = money(f, j.amount, j.currency);
  return j.amountYear ? f.t('project.amountInYear', { value, year: j.amountYear }) : value;
}
