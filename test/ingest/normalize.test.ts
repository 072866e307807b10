import { describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import {
  nameKeys,
  pinyinKey,
  pinyinName,
  primaryKey,
  stripChineseSuffix,
} from '../../src/ingest/gazetteer/normalize.ts';

describe('nameKeys', () => {
  it('folds diacritics and special letters', () => {
    expect(nameKeys('Bağcılar')[0]).toBe('bagcilar');
    expect(nameKeys('Łódź')[0]).toBe('lodz');
    expect(nameKeys('Sønderborg')[0]).toBe('sonderborg');
    expect(nameKeys('Mühlheim')[0]).toBe('muhlheim');
  });

  it('gives 上海, 上海市, Shanghai and Shànghǎi a common key', () => {
    const shared = ['上海市', '上海', 'Shanghai', 'shanghai', 'Shànghǎi'].map((n) => new Set(nameKeys(n)));
    expect(shared.every((keys) => keys.has('shanghai'))).toBe(true);
    expect(nameKeys('上海市')).toEqual(expect.arrayContaining(['上海', 'shanghai']));
  });

  it('drops qualifiers', () => {
    expect(nameKeys('City of Manila')).toContain('manila');
    expect(nameKeys('Quezon City')).toContain('quezon');
    expect(nameKeys('Chiang Mai Province')).toContain('chiangmai');
    expect(nameKeys('Metropolitan City of Milan')).toContain('milan');
    expect(nameKeys('Busan Metropolitan City')).toContain('busan');
    expect(nameKeys('Kanagawa Prefecture')).toContain('kanagawa');
    expect(nameKeys('Suwon-si')).toContain('suwon');
    expect(nameKeys('香港特别行政区')).toContain('香港');
    expect(nameKeys('广西壮族自治区')).toEqual(expect.arrayContaining(['广西', 'guangxi']));
    expect(nameKeys('黄浦区')).toEqual(expect.arrayContaining(['黄浦', 'huangpu']));
    expect(nameKeys('海盐县')).toContain('haiyan');
  });

  it('treats Saint/St., upon/on, hyphens and spaces alike', () => {
    expect(primaryKey('St. Petersburg')).toBe(primaryKey('Saint Petersburg'));
    expect(primaryKey('Saint-Étienne')).toBe(primaryKey('Saint Etienne'));
    expect(primaryKey('Stratford-upon-Avon')).toBe(primaryKey('Stratford on Avon'));
    expect(primaryKey("Xi'an")).toBe(primaryKey('Xi’an'));
    expect(nameKeys('西安')).toContain('xian');
  });

  it('strips Chinese rank suffixes and spells pinyin names', () => {
    expect(stripChineseSuffix('内蒙古自治区')).toBe('内蒙古');
    expect(stripChineseSuffix('巴音郭楞蒙古自治州')).toBe('巴音郭楞');
    expect(stripChineseSuffix('成都市')).toBe('成都');
    expect(pinyinName('西安')).toBe("Xi'an");
    expect(pinyinName('黄浦')).toBe('Huangpu');
  });

  it('reads the characters of place names as the places do, not as in common words', () => {
    // Each of these came out wrong before (Leqing, Huichun, Hongdong, Xixian, Huadou, Douyun).
    for (const [han, name] of [
      ['乐清', 'Yueqing'],
      ['珲春', 'Hunchun'],
      ['洪洞', 'Hongtong'],
      ['歙县', 'Shexian'],
      ['蔚县', 'Yuxian'],
      ['繁峙', 'Fanshi'],
      ['大埔', 'Dabu'],
      ['花都', 'Huadu'],
      ['都匀', 'Duyun'],
      ['曾都', 'Zengdu'],
    ]) {
      expect(pinyinName(han), han).toBe(name);
      expect(pinyinKey(han), han).toBe(name.toLowerCase());
    }
    // With its designation, and in foreign names written in Chinese too: 京都 is Jingdu (Kyoto).
    expect(pinyinKey('乐清市')).toBe('yueqingshi');
    expect(pinyinKey('京都')).toBe('jingdu');
    // A dou that is not 都 stays dou; other text in the process is read as before.
    expect(pinyinName('窦店')).toBe('Doudian');
    expect(pinyin('快乐清华', { toneType: 'none' })).toBe('kuai le qing hua');
  });
});
