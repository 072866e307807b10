/**
 * The report's text: its content (content.ts) laid out as headings, figures, tables and charts in the
 * language asked for. Names are given as the registry has them; a name with no Chinese form stays in
 * its own language.
 */
import { DATA_CREDITS } from '../../domain/attribution.ts';
import { STATED_MEASURES_ZH } from '../../domain/stated-measures.ts';
import type { ReportContent } from './content.ts';
import type { ReportBlock, ReportDocument } from './document.ts';
import { stackedBars, timelineChart } from './charts.ts';
import { vocabulary as v } from './vocabulary.ts';

type Named = { nameEn: string; nameZh: string | null };

export function composeReport(content: ReportContent): ReportDocument {
  const lang = content.lang;
  const zh = lang === 'zh';
  const t = (zhText: string, enText: string) => (zh ? zhText : enText);
  const name = (p: Named) => (zh ? (p.nameZh ?? p.nameEn) : p.nameEn);
  const count = (n: number) => n.toLocaleString(zh ? 'zh-CN' : 'en-GB');
  const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
  const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;
  const { span, figures: f, subject } = content;
  const spanText =
    span.from === span.to
      ? t(`${span.from}年`, String(span.from))
      : t(`${span.from}—${span.to}年`, `${span.from}–${span.to}`);
  const subjectName = name(subject);
  // A span that reaches the current year ends today, not at the year's end.
  const untilToday = span.to >= Number(content.generatedOn.slice(0, 4));
  const atEnd = untilToday
    ? t(`截至${content.generatedOn}`, `on ${content.generatedOn}`)
    : t(`截至${span.to}年底`, `at the end of ${span.to}`);
  /** A date as precise as it is known: 1994年 rather than 1994-01-01. */
  const dateText = (date: string | null, precision: string | null) =>
    !date
      ? ''
      : precision === 'year'
        ? t(`${date.slice(0, 4)}年`, date.slice(0, 4))
        : precision === 'month'
          ? date.slice(0, 7)
          : date;
  const ended = f.byStatus.find((s) => s.key === 'ended')?.count ?? 0;
  const blocks: ReportBlock[] = [];
  const heading = (text: string) => blocks.push({ kind: 'heading', text });
  const paragraph = (text: string, note = false) => blocks.push({ kind: 'paragraph', text, note });

  // Overview
  heading(t('一、概览', '1. Overview'));
  blocks.push({
    kind: 'facts',
    items: [
      {
        label: t(`${atEnd}已缔结的对外友好关系`, `Ties abroad signed ${atEnd}`),
        value:
          ended > 0
            ? t(
                `${count(f.stock.ties)}对（其中${count(ended)}对已终止）`,
                `${count(f.stock.ties)} (${count(ended)} of them ended)`,
              )
            : t(`${count(f.stock.ties)}对`, count(f.stock.ties)),
      },
      {
        label: t(`${spanText}新缔结`, `Signed in ${spanText}`),
        value: t(`${count(f.newTies.length)}对`, count(f.newTies.length)),
      },
      {
        label: t(`${span.from}年以前缔结`, `Signed before ${span.from}`),
        value: t(`${count(f.stock.before)}对`, count(f.stock.before)),
      },
      {
        label: t('缔结日期不详', 'Date not known'),
        value: t(`${count(f.stock.undated)}对`, count(f.stock.undated)),
      },
      {
        label: t('境外伙伴', 'Partners abroad'),
        value: t(`${count(f.stock.partners)}个`, count(f.stock.partners)),
      },
      {
        label: t('伙伴所在国家和大洲', 'Partner countries and continents'),
        value: t(
          `${count(f.stock.countries)}个国家，${count(f.stock.continents)}个大洲`,
          `${plural(f.stock.countries, 'country', 'countries')} on ${plural(f.stock.continents, 'continent', 'continents')}`,
        ),
      },
    ],
  });
  if (f.stock.undated > 0)
    paragraph(
      t(
        `其中${count(f.stock.undated)}对缺少缔结日期，无法判断是否在本期内缔结；本期新增只计有日期的关系，实际可能更多。补录缔结日期可在平台的“数据核查”中进行。`,
        `${plural(f.stock.undated, 'tie has', 'ties have')} no signing date, so whether ${f.stock.undated === 1 ? 'it was' : 'they were'} signed in the span cannot be told; the new ties counted are the dated ones, and there may be more. Signing dates can be added under Data review on the platform.`,
      ),
    );
  paragraph(
    t(
      '统计口径：每一对关系是本地一个地点与境外一个伙伴之间的一项友好城市或友好交流关系。缔结日期不详的关系计入存量，不计入新增。港澳台地区与内地城市的关系属于国内交往，不计入对外关系。',
      'How ties are counted: one tie is one sister-city or friendly-exchange relation between one home place and one partner abroad. Ties of unknown date count in the stock, not among the new ones. Ties with Hong Kong, Macao and Taiwan are domestic and not counted abroad.',
    ),
    true,
  );

  // Layout and its change
  heading(t('二、全球布局及其变化', '2. Global layout and its change'));
  if (f.byContinent.length > 0) {
    blocks.push({
      kind: 'chart',
      caption: t(`各大洲的友好关系（${atEnd}）`, `Ties by continent ${atEnd}`),
      image: stackedBars(
        f.byContinent.map((c) => (zh ? c.nameZh : c.continent)),
        [
          {
            name: t(`${span.from}年以前缔结`, `Signed before ${span.from}`),
            values: f.byContinent.map((c) => c.ties - c.newTies - c.undated),
          },
          { name: t('缔结日期不详', 'Date not known'), values: f.byContinent.map((c) => c.undated) },
          { name: t(`${spanText}新增`, `New in ${spanText}`), values: f.byContinent.map((c) => c.newTies) },
        ],
      ),
    });
    blocks.push({
      kind: 'table',
      columns: [
        { label: t('大洲', 'Continent') },
        { label: t('关系（对）', 'Ties'), numeric: true },
        { label: t('其中新增', 'Of which new'), numeric: true },
        { label: t('占比', 'Share'), numeric: true },
      ],
      rows: f.byContinent.map((c) => [
        zh ? c.nameZh : c.continent,
        count(c.ties),
        count(c.newTies),
        percent(c.share),
      ]),
    });
    blocks.push({
      kind: 'table',
      columns: [
        { label: t('国家', 'Country') },
        { label: t('关系（对）', 'Ties'), numeric: true },
        { label: t('其中新增', 'Of which new'), numeric: true },
      ],
      rows: f.byCountry.map((c) => [name(c), count(c.ties), count(c.newTies)]),
      more:
        f.countryCount > f.byCountry.length
          ? t(
              `列出关系最多的${f.byCountry.length}个国家，共${f.countryCount}个。`,
              `The ${f.byCountry.length} countries with most ties, of ${f.countryCount}.`,
            )
          : undefined,
    });
  } else
    paragraph(
      t(
        '平台未记录本期末以前缔结的对外友好关系。',
        'No ties abroad signed by the end of the span are recorded.',
      ),
    );
  if (f.timeline.length > 0)
    blocks.push({
      kind: 'chart',
      caption: t('历年缔结的友好关系', 'Ties signed by year'),
      image: timelineChart(f.timeline, span, {
        signed: t('当年缔结', 'signed'),
        cumulative: t('累计', 'cumulative'),
        span: t('报告期', 'this report'),
      }),
    });

  // New ties
  heading(t(`三、${spanText}新缔结的友好关系`, `3. Ties signed in ${spanText}`));
  if (f.newTies.length === 0)
    paragraph(
      t(
        '平台未记录本期内缔结的关系（只计有缔结日期的关系）。',
        'No tie signed in the span is recorded (only dated ties count).',
      ),
    );
  else
    blocks.push({
      kind: 'table',
      columns: [
        { label: t('缔结日期', 'Signed') },
        { label: t('本地', 'Home') },
        { label: t('伙伴', 'Partner') },
        { label: t('国家', 'Country') },
        { label: t('类型', 'Type') },
        { label: t('级别', 'Level') },
      ],
      rows: f.newTies.map((tie) => [
        dateText(tie.signedOn, tie.signedPrecision),
        name(tie.home),
        name(tie.partner),
        name(tie.country),
        v.type(tie.type, lang),
        v.level(tie.level, lang),
      ]),
    });

  // Level, status and type
  heading(t('四、按级别、状态和类型', '4. By level, status and type'));
  const small = (label: string, rows: { key: string; count: number }[], word: (k: string) => string) =>
    blocks.push({
      kind: 'table',
      columns: [{ label }, { label: t('关系（对）', 'Ties'), numeric: true }],
      rows: rows.filter((r) => r.count > 0).map((r) => [word(r.key), count(r.count)]),
    });
  if (f.stock.ties > 0) {
    small(t('级别', 'Level'), f.byLevel, (k) => v.level(k, lang));
    small(t('状态', 'Status'), f.byStatus, (k) => v.status(k, lang));
    small(t('类型', 'Type'), f.byType, (k) => v.type(k, lang));
    paragraph(
      t(
        '状态为生成报告时的记录。“在册（状态未知）”指关系见于现行名单，但没有来源说明其是否仍然有效；只有来源明确说明的关系才标为“有效”。',
        'Statuses are as recorded when the report was made. "Listed" means the tie is in a current list and no source says whether it is still active; a tie is "active" only where a source says so.',
      ),
      true,
    );
  } else paragraph(t('没有可统计的关系。', 'There are no ties to count.'));

  // Exchanges and projects
  heading(t('五、交流活动与合作项目', '5. Exchanges and projects'));
  if (content.exchanges.items.length === 0)
    paragraph(t(`平台未记录${spanText}的交流活动。`, `No exchanges are recorded for ${spanText}.`));
  else
    blocks.push({
      kind: 'table',
      columns: [
        { label: t('日期', 'Date') },
        { label: t('类别', 'Kind') },
        { label: t('名称', 'Name') },
        { label: t('地点', 'Place') },
      ],
      rows: content.exchanges.items.map((e) => [
        dateText(e.startsOn, e.startsPrecision),
        v.eventKind(e.kind, lang),
        name(e),
        e.placeNameEn ? name({ nameEn: e.placeNameEn, nameZh: e.placeNameZh }) : '',
      ]),
      more:
        content.exchanges.total > content.exchanges.items.length
          ? t(
              `另有${content.exchanges.total - content.exchanges.items.length}项未列出。`,
              `${content.exchanges.total - content.exchanges.items.length} more not listed.`,
            )
          : undefined,
    });
  if (content.projects.listed === false)
    paragraph(
      t(
        `平台共记录合作项目${count(content.projects.total)}个（含 AidData 记录的中国资助项目），按地点、国家和领域的明细见“项目”页。`,
        `The platform records ${plural(content.projects.total, 'cooperation project', 'cooperation projects')} (among them the Chinese-financed projects AidData tracked); the Projects page lists them by place, country and field.`,
      ),
    );
  else if (content.projects.items.length === 0)
    paragraph(
      t(`平台未记录${spanText}进行中的合作项目。`, `No projects under way in ${spanText} are recorded.`),
    );
  if (content.projects.items.length > 0)
    blocks.push({
      kind: 'table',
      columns: [
        { label: t('项目', 'Project') },
        { label: t('领域', 'Field') },
        { label: t('状态', 'Status') },
        { label: t('起止', 'Dates') },
        { label: t('成果', 'Outcomes') },
      ],
      rows: content.projects.items.map((p) => [
        name(p),
        v.projectDomain(p.domain, lang),
        v.projectStatus(p.status, lang),
        [p.startedOn, p.completedOn].filter(Boolean).join(' – '),
        p.outcomes
          .map((o) => o.text ?? [o.measure, o.value, o.unit].filter((x) => x !== null && x !== '').join(' '))
          .join(t('；', '; ')),
      ]),
      more:
        content.projects.total > content.projects.items.length
          ? t(
              `另有${content.projects.total - content.projects.items.length}个项目未列出。`,
              `${content.projects.total - content.projects.items.length} more projects not listed.`,
            )
          : undefined,
    });
  if (f.partnersWithProjects.length > 0) {
    paragraph(
      t(
        '有合作项目的伙伴（含 AidData 记录的中国资助项目），项目最多者居前：',
        'Partners hosting cooperation projects (among them the Chinese-financed projects AidData tracked), most first:',
      ),
    );
    blocks.push({
      kind: 'table',
      columns: [{ label: t('伙伴', 'Partner') }, { label: t('项目（个）', 'Projects'), numeric: true }],
      rows: f.partnersWithProjects.map((p) => [name(p.place), count(p.projects)]),
    });
  }

  // Exchanges against projects: the documents' "exchanges over practical cooperation", as a figure.
  const b = content.balance;
  if (b) {
    const years = t(`${b.from}—${b.to}年`, `${b.from}–${b.to}`);
    const verdict = {
      none: t('平台尚无这几年的交流和项目记录', 'no exchanges or projects are recorded for these years'),
      'exchanges-only': t('只有交流，没有项目', 'exchanges only, no projects'),
      'exchanges-over-projects': t('交流多于务实合作', 'exchanges outweigh practical cooperation'),
      balanced: t('交流与项目大体相当', 'exchanges and projects are about even'),
      'projects-over-exchanges': t('项目多于交流', 'projects outweigh exchanges'),
      'projects-only': t('只有项目，没有交流记录', 'projects only, no exchanges recorded'),
    }[b.verdict];
    paragraph(
      t(
        `近五年（${years}）交流${count(b.inSpan.exchanges)}次，新开始的合作项目${count(b.inSpan.projects)}个：${verdict}。`,
        `Over the five years ${years}: exchanges ${count(b.inSpan.exchanges)}, cooperation projects started ${count(b.inSpan.projects)}; ${verdict}.`,
      ),
    );
    if (b.verdict !== 'none')
      blocks.push({
        kind: 'table',
        columns: [
          { label: t('年份', 'Year') },
          { label: t('交流（次）', 'Exchanges'), numeric: true },
          { label: t('项目（个）', 'Projects'), numeric: true },
        ],
        rows: b.years.map((y) => [t(`${y.year}年`, String(y.year)), count(y.exchanges), count(y.projects)]),
      });
    const undated = b.undated.exchanges + b.undated.projects;
    paragraph(
      t(
        `交流指本地举办或参加的活动，项目指在本地或其友好关系下开展的合作项目，按开始年份计${undated > 0 ? `；另有日期不详的交流${count(b.undated.exchanges)}次、项目${count(b.undated.projects)}个未计入` : ''}。`,
        `Exchanges are the events the place hosts or takes part in; projects those at the place or under its ties, by the year they started${undated > 0 ? `; without a date and not counted: exchanges ${count(b.undated.exchanges)}, projects ${count(b.undated.projects)}` : ''}.`,
      ),
      true,
    );
  }

  // Stated and counted
  heading(t('六、公布数字与统计数字', '6. Stated and counted figures'));
  if (f.stated.length === 0)
    paragraph(t('来源文件中没有关于本地的公布数字。', 'The source documents state no figure for it.'));
  else
    blocks.push({
      kind: 'table',
      columns: [
        { label: t('指标', 'Measure'), width: 1.6 },
        { label: t('截至', 'As of'), width: 1.1 },
        { label: t('公布', 'Stated'), numeric: true, width: 0.8 },
        { label: t('统计', 'Counted'), numeric: true, width: 0.8 },
        { label: t('说明', 'Why they differ'), width: 4 },
      ],
      rows: f.stated.map((s) => [
        zh ? (STATED_MEASURES_ZH[s.measure] ?? s.measure) : s.measure,
        s.asOf ?? '',
        count(s.stated),
        count(s.countedMatching),
        s.reasons.map((r) => (zh ? r.zh : r.en)).join(zh ? '' : ' '),
      ]),
    });

  // Imbalance and gaps
  heading(t('七、布局失衡与空白', '7. Imbalance and gaps'));
  if (f.stock.ties === 0)
    paragraph(t('没有关系，无从比较布局。', 'With no ties there is no layout to compare.'));
  else
    paragraph(
      t(
        `与各国城市人口的分布相比，国别相异指数为${f.imbalance.duncan.toFixed(2)}：约${percent(f.imbalance.duncan)}的关系须换到别的国家，布局才与城市人口的分布一致。下表列出按城市人口应有而缺得最多的国家及其尚未结好的大城市。`,
        `Against the distribution of urban population, the dissimilarity index over countries is ${f.imbalance.duncan.toFixed(2)}: about ${percent(f.imbalance.duncan)} of the ties would have to move to other countries for the layout to match it. The countries with the largest shortfall, and their largest cities not yet tied:`,
      ),
    );
  if (f.stock.ties > 0 && f.imbalance.gaps.length > 0)
    blocks.push({
      kind: 'table',
      columns: [
        { label: t('国家', 'Country') },
        { label: t('现有', 'Ties'), numeric: true },
        { label: t('按基准应有', 'Expected'), numeric: true },
        { label: t('尚未结好的大城市', 'Large cities not yet tied') },
      ],
      rows: f.imbalance.gaps.map((g) => [
        name(g),
        count(g.observed),
        g.expected.toFixed(1),
        g.untiedLargeCities.map(name).join(t('、', ', ')),
      ]),
    });

  // Candidates
  heading(t('八、推荐的新伙伴', '8. Candidates for new partners'));
  if (!content.candidates)
    paragraph(
      t(
        '伙伴推荐面向城市和区县；省级和全国报告请在平台上逐个城市查看。',
        'Partner candidates are ranked for cities and districts; for a province or the nation, see each city on the platform.',
      ),
    );
  else if (content.candidates.length === 0)
    paragraph(t('按当前数据没有可推荐的候选城市。', 'The data leave no candidate to rank.'));
  else {
    blocks.push({
      kind: 'table',
      columns: [
        { label: t('排名', 'Rank'), numeric: true, width: 0.6 },
        { label: t('候选城市', 'Candidate') },
        { label: t('国家', 'Country') },
        { label: t('得分', 'Score'), numeric: true, width: 0.7 },
        { label: t('主要理由与提示', 'Main reasons and warnings'), width: 3 },
      ],
      rows: content.candidates.map((c) => [
        String(c.rank),
        name(c.place),
        zh ? c.place.countryZh : c.place.countryEn,
        c.score.toFixed(2),
        [...c.explanation, ...c.warnings].map((e) => (zh ? e.zh : e.en)).join(t('；', '; ')),
      ]),
    });
    paragraph(
      t(
        '推荐按“均衡”策略排序，综合相似度、既往选择、互补性、布局空白、网络位置和竞争情况；每项理由的权重可在平台的“寻找伙伴”页面调整和复核。',
        'Ranked with the balanced strategy: similarity, past choices, complementarity, gaps in the layout, network position and competition. The weights can be changed and each reason checked on the Find partners page.',
      ),
      true,
    );
  }

  // Sources
  heading(t('九、数据来源', '9. Sources'));
  blocks.push({
    kind: 'facts',
    items: DATA_CREDITS.map((c) => ({ label: zh ? c.zh : c.en, value: c.text })),
  });
  paragraph(
    t(
      `本报告由友城平台根据数据版本${content.dataVersion}自动生成；报告中的每一个数字都可以在平台上按同样的条件查到。`,
      `Generated by Amity from data version ${content.dataVersion}; every figure in it can be found on the platform with the same selection.`,
    ),
    true,
  );

  const levelName = subject.level ? v.adminLevel(subject.level, lang) : null;
  const scope = subject.placeId
    ? subject.includesSubdivisions
      ? t('含下辖区县', 'including its districts and counties')
      : t('不含下辖区县', 'without its districts and counties')
    : t('全国各地', 'all places in China');
  return {
    lang,
    title: subject.placeId
      ? t(
          `${subjectName}城市对外交往报告（${spanText}）`,
          `${subjectName}: city diplomacy report, ${spanText}`,
        )
      : t(`全国城市对外交往报告（${spanText}）`, `China: city diplomacy report, ${spanText}`),
    subtitle: [
      levelName && subject.placeId
        ? t(`${subjectName}（${levelName}）`, `${subjectName} (${levelName})`)
        : null,
      scope,
      t(`生成日期 ${content.generatedOn}`, `generated ${content.generatedOn}`),
    ]
      .filter(Boolean)
      .join(' · '),
    blocks,
    colon: t('：', ': '),
    footer: t(
      '友城 Amity 开放数据 · 友好城市名单：维基百科贡献者（CC BY-SA 4.0）· 地名库：GeoNames（CC BY 4.0）· AidData（ODC-By 1.0）',
      'Amity open data · Twin-city pairs: Wikipedia contributors (CC BY-SA 4.0) · Gazetteer: GeoNames (CC BY 4.0) · AidData (ODC-By 1.0)',
    ),
  };
}
