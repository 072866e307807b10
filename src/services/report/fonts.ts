/**
 * The fonts reports are set in, bundled in assets/fonts (SIL Open Font License): a subset of Noto Sans
 * CJK SC for Chinese and most Latin text, and Noto Sans for the accented Latin letters the CJK font lacks.
 */
import { fileURLToPath } from 'node:url';

const asset = (name: string) => fileURLToPath(new URL(`../../../assets/fonts/${name}`, import.meta.url));

export const CJK_FONT_FILE = asset('NotoSansCJKsc-Regular-subset.otf');
export const LATIN_FONT_FILE = asset('NotoSans-Regular.ttf');
export const REPORT_FONT_FILES = [CJK_FONT_FILE, LATIN_FONT_FILE];
/** As SVG text names them: the CJK face first, Noto Sans for what it lacks. */
export const REPORT_FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans', sans-serif";
