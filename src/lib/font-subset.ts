/**
 * Build-time subsetting of a large CJK font for astro-og-canvas (CanvasKit).
 *
 * - `subsetFontToFile` cuts a TTF/OTF down to the glyphs that `text` needs (HarfBuzz hb-subset,
 *   WebAssembly, via `subset-font`) and writes a TrueType file under a content-addressed name,
 *   because astro-og-canvas takes font *paths* (it reads them with fs.readFile) and caches by path.
 * - `missingGlyphs` lists the characters of `text` that no given font has a glyph for.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import subset from 'subset-font';
import { create, type Font } from 'fontkitten';

/** The distinct characters of `text`, sorted by code point: the subset's input, and the cache key. */
function charSet(text: string): string {
  return [...new Set(text)].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

/**
 * Subset `fontPath` to `text` and write it to `outDir`, named after the source file and a hash of
 * source bytes + character set; returns that path. A later build with the same text reuses the file,
 * and a changed text gives a new path, so astro-og-canvas's per-path font cache never goes stale.
 */
export async function subsetFontToFile(fontPath: string, text: string, outDir: string): Promise<string> {
  const source = await readFile(fontPath);
  const chars = charSet(text);
  const hash = createHash('sha256').update(source).update('\0').update(chars).digest('hex').slice(0, 12);
  const base = path.basename(fontPath, path.extname(fontPath));
  const out = path.join(outDir, `${base}.${hash}.ttf`);
  if (await stat(out).then(() => true, () => false)) return out;
  const subsetBuffer = await subset(source, chars, { targetFormat: 'sfnt' });
  await mkdir(outDir, { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  await writeFile(tmp, subsetBuffer);
  await rename(tmp, out); // atomic: a parallel build never reads half a font
  // Older subsets stay, like astro-og-canvas's older PNGs beside them: deleting them could pull a font
  // from under a build still using it (another text, same cache folder). ~150 KB each.
  return out;
}

/** Characters that need no glyph: controls such as "\n", and default-ignorables (ZWJ, variation selectors…). */
const noGlyphNeeded = /[\p{Cc}\p{Default_Ignorable_Code_Point}]/u;

function parse(fontBuffer: Buffer | Font): Font {
  if (!Buffer.isBuffer(fontBuffer)) return fontBuffer;
  const font = create(fontBuffer);
  if (font.isCollection) throw new Error('Font collections (TTC) are not supported here');
  return font;
}

/**
 * The distinct characters of `text` (in order of first appearance) that none of the given fonts
 * has a glyph for. Pass several fonts to check a family fallback list, e.g. [NotoSansSC, NotoSans].
 * An empty array means no tofu.
 */
export function missingGlyphs(fontBuffer: Buffer | Font | Array<Buffer | Font>, text: string): string[] {
  const fonts = (Array.isArray(fontBuffer) ? fontBuffer : [fontBuffer]).map(parse);
  return [...new Set(text)].filter(
    (char) => !noGlyphNeeded.test(char) && !fonts.some((font) => font.hasGlyphForCodePoint(char.codePointAt(0)!)),
  );
}
