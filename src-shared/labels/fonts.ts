// The fonts labels print in: the one the user picked, then the system's own fonts, Latin first, then the usual
// Chinese fonts of Windows, macOS and Linux, so a Chinese address always finds a font that has its characters.
// The print document and the on-screen previews use the same stack, so the preview measures what prints.

const SYSTEM_FONTS = [
  'system-ui',
  '-apple-system',
  'Segoe UI',
  'Helvetica Neue',
  'Arial',
  'Microsoft YaHei',
  'PingFang SC',
  'Hiragino Sans GB',
  'Noto Sans CJK SC',
  'Noto Sans SC',
  'WenQuanYi Micro Hei',
  'sans-serif',
];

/**
 * Fonts offered in the style card: ones that come with Windows or macOS (or both), grouped as people look for
 * them; the screen lists those this computer has. `cjk`: it has Chinese characters.
 */
export const LABEL_FONT_CHOICES: ReadonlyArray<{ family: string; cjk: boolean }> = [
  { family: 'Arial', cjk: false },
  { family: 'Helvetica', cjk: false },
  { family: 'Verdana', cjk: false },
  { family: 'Tahoma', cjk: false },
  { family: 'Segoe UI', cjk: false },
  { family: 'Calibri', cjk: false },
  { family: 'Georgia', cjk: false },
  { family: 'Times New Roman', cjk: false },
  { family: 'Garamond', cjk: false },
  { family: 'Courier New', cjk: false },
  { family: 'Microsoft YaHei', cjk: true },
  { family: 'SimSun', cjk: true },
  { family: 'SimHei', cjk: true },
  { family: 'KaiTi', cjk: true },
  { family: 'PingFang SC', cjk: true },
  { family: 'Songti SC', cjk: true },
  { family: 'Kaiti SC', cjk: true },
  { family: 'Noto Sans CJK SC', cjk: true },
  { family: 'Noto Serif CJK SC', cjk: true },
];

/** The CSS font-family list for a label: the picked font (quoted, quotes and backslashes removed) first. */
export function labelFontStack(fontFamily: string | null): string {
  const fonts = fontFamily ? [fontFamily, ...SYSTEM_FONTS] : SYSTEM_FONTS;
  return fonts.map((f) => (/^[\w-]+$/.test(f) ? f : `"${f.replace(/["\\]/g, '')}"`)).join(', ');
}
