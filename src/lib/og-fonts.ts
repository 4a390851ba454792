/**
 * Which font files and families each OG image uses.
 * Latin-only images keep the full Noto Sans TTFs, unchanged, so their cached PNGs stay valid.
 * Chinese pages, and any other page whose text Noto Sans lacks (the language chooser, a German
 * title quoting 中文), also get Noto Sans SC, cut down at build time to the characters that those
 * images draw: one subset per weight per build, cached on disk while the text is unchanged.
 */
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { create, type Font } from 'fontkitten';
import { missingGlyphs, subsetFontToFile } from './font-subset';

const require = createRequire(import.meta.url);
// Resolved like modules, so the build finds the fonts from any working directory.
const notoSans = (file: string) => require.resolve(`@expo-google-fonts/noto-sans/${file}`);
const notoSansSC = (file: string) => require.resolve(`@expo-google-fonts/noto-sans-sc/${file}`);

const latinFonts = [notoSans('400Regular/NotoSans_400Regular.ttf'), notoSans('700Bold/NotoSans_700Bold.ttf')];
const cjkSourceFonts = [notoSansSC('400Regular/NotoSansSC_400Regular.ttf'), notoSansSC('700Bold/NotoSansSC_700Bold.ttf')];

/**
 * Family lists as CanvasKit names them (from the fonts' name tables). Skia does NOT fall back to
 * a font outside the list, and Noto's .notdef is empty: a missing glyph draws as nothing at all.
 */
const families = {
  latin: ['Noto Sans'],
  /** Chinese text: CJK font first, so punctuation (，。：·“”) takes its Chinese full-width form. */
  chinese: ['Noto Sans SC', 'Noto Sans'],
  /** Other pages with Chinese in them (the language chooser): Latin first, Chinese for what Noto Sans lacks. */
  mixed: ['Noto Sans', 'Noto Sans SC'],
} as const;

export interface OgFontRequest {
  key: string;
  /** Everything the image draws: title and description, exactly as passed to astro-og-canvas. */
  text: string;
}

/** A text that is mostly Chinese characters (a Chinese page, not a German title quoting 幻方量化). */
const mostlyHan = (text: string) => (text.match(/\p{Script=Han}/gu)?.length ?? 0) > (text.match(/\p{L}/gu)?.length ?? 0) / 2;
export interface OgFontChoice {
  fonts: string[];
  families: string[];
}

/**
 * Fonts and families for every image; throws, naming page and characters, if any character of any
 * image is in none of the fonts of its family list (it would be drawn as nothing).
 */
export async function planOgFonts(requests: OgFontRequest[], cacheDir: string): Promise<Map<string, OgFontChoice>> {
  const latin = await Promise.all(latinFonts.map(async (file) => create(await readFile(file)) as Font));
  const familiesOf = ({ text }: OgFontRequest) =>
    !missingGlyphs(latin, text).length ? families.latin : mostlyHan(text) ? families.chinese : families.mixed;
  const chosen = requests.map((request) => ({ request, families: familiesOf(request) }));
  const cjkText = chosen.filter((c) => c.families !== families.latin).map((c) => c.request.text).join('\n');
  const subsets = cjkText
    ? await Promise.all(cjkSourceFonts.map((font) => subsetFontToFile(font, cjkText, path.join(cacheDir, 'fonts'))))
    : [];
  const cjk = await Promise.all(subsets.map(async (file) => create(await readFile(file)) as Font));

  const problems: string[] = [];
  const plan = new Map<string, OgFontChoice>();
  for (const { request, families: list } of chosen) {
    const isLatin = list === families.latin;
    const missing = missingGlyphs(isLatin ? latin : [...cjk, ...latin], request.text);
    if (missing.length) problems.push(`${request.key}: ${missing.map((c) => `${c} U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(', ')}`);
    plan.set(request.key, { fonts: isLatin ? latinFonts : [...latinFonts, ...subsets], families: [...list] });
  }
  if (problems.length) throw new Error(`OG images: characters no font has (they would be drawn as nothing):\n${problems.join('\n')}`);
  return plan;
}
