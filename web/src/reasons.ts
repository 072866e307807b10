/**
 * The server's reasons for refusing a field, in the user's language. The server writes them in English
 * (its own messages and zod's); the known forms are rewritten in Chinese, with the figures they carry.
 * A reason not known here is shown as the server wrote it.
 */

const TYPE_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '是或否',
  object: '一组字段',
  array: '列表',
  date: '日期',
};

const EXACT_ZH: Record<string, string> = {
  'must not be empty': '不能为空',
  'must not be empty: say why': '不能为空：请说明原因',
  'must be a finite number': '须为有限的数字',
  'must be an http or https URL': '须为 http 或 https 网址',
  'must be csv or xlsx': '须为 CSV 或 XLSX',
  'must be an ISO 4217 code such as USD or CNY': '须为 ISO 4217 货币代码，如 USD、CNY',
  'must be an ISO 3166-1 alpha-2 code': '须为两位国家代码（ISO 3166-1），如 KH',
  'must be an ISO 3166 alpha-2 code such as KH': '须为两位国家代码（ISO 3166-1），如 KH',
  'must be at least 2 characters long': '至少 2 个字符',
  'must be at most 64 characters long': '最多 64 个字符',
  'may hold letters, digits and . _ @ - only': '只能包含字母、数字和 . _ @ -',
  'give two to four places': '请选择二至四个地点',
  'give exactly one of place, province or country': '地点、省份、国家三者只能填一项',
  'give a country or a place': '请填写国家或地点',
  'every record needs at least one source': '每条记录至少需要一个来源',
  'each source gives either sourceId or source, not both': '每个来源只能选择已有来源或新建来源之一',
  'an outcome needs a value or a text': '成果须填写数值或文字',
  'an administrator is granted over the whole nation (no jurisdiction)': '管理员角色适用于全国，不选辖区',
  'Invalid UUID': '不是有效的标识',
  'Invalid input': '输入无效',
};

const PATTERNS_ZH: [RegExp, (...m: string[]) => string][] = [
  [/^Too big: expected string to have <=(\d+) characters?$/, (n) => `过长：最多 ${n} 个字符`],
  [/^Too small: expected string to have >=(\d+) characters?$/, (n) => `过短：至少 ${n} 个字符`],
  [/^Too big: expected array to have <=(\d+) items?$/, (n) => `过多：最多 ${n} 项`],
  [/^Too small: expected array to have >=(\d+) items?$/, (n) => `过少：至少 ${n} 项`],
  [/^Too big: expected number to be <=?(\S+)$/, (n) => `过大：不能超过 ${n}`],
  [/^Too small: expected number to be >=?(\S+)$/, (n) => `过小：不能小于 ${n}`],
  [/^Invalid input: expected (\w+), received undefined$/, () => '必填'],
  [/^Invalid input: expected (\w+), received (\w+)$/, (type) => `类型不符：应为${TYPE_ZH[type] ?? type}`],
  [
    /^Invalid option: expected one of (.+)$/,
    (options) => `不是可选的值（可选：${options.replace(/"/g, '')}）`,
  ],
  [/^Invalid string: must match pattern .+$/, () => '格式不符'],
  [/^Unrecognized keys?: (.+)$/, (keys) => `不认识的字段：${keys.replace(/"/g, '')}`],
  [/^month (\d+) does not exist in "(.*)"$/, (m, text) => `不存在 ${m} 月（“${text}”）`],
  [/^day (\d+) does not exist in (\d+)-(\d+)$/, (d, y, m) => `${y} 年 ${Number(m)} 月没有 ${d} 日`],
  [/^year (\d+) is out of range \((\d+)–(\d+)\)$/, (y, from, to) => `年份 ${y} 超出范围（${from}—${to}）`],
];

export function reasonText(lang: 'zh' | 'en', reason: string): string {
  if (lang !== 'zh') return reason;
  const exact = EXACT_ZH[reason];
  if (exact) return exact;
  for (const [pattern, write] of PATTERNS_ZH) {
    const m = pattern.exec(reason);
    if (m) return write(...m.slice(1));
  }
  return reason;
}
