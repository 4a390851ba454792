import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateOpenGraphImage } from 'astro-og-canvas';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const fonts = [require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf')];
const dir = mkdtempSync(join(tmpdir(), 'dossier-og-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('preview images at scale', () => {
  // CanvasKit keeps every object in WebAssembly memory until it is deleted. astro-og-canvas left
  // each image's snapshot, background and paragraph there (~6 MB an image), and a build of about
  // 7,600 pages aborted (patches/astro-og-canvas+0.13.2.patch).
  it('draws image after image in bounded WebAssembly memory', async () => {
    const background = join(dir, 'background.png');
    writeFileSync(background, await sharp({ create: { width: 1200, height: 630, channels: 3, background: '#0f172a' } }).png().toBuffer());
    const draw = (n: number) =>
      generateOpenGraphImage({ cacheDir: '', title: `Seite ${n}`, description: `Beschreibung ${n}`, bgImage: { path: background }, fonts, font: { title: { families: ['Noto Sans'] } } });
    for (let n = 0; n < 5; n++) await draw(n);
    // WebAssembly memory only grows, and counts in the resident memory of the process.
    const before = process.memoryUsage().rss;
    for (let n = 5; n < 45; n++) await draw(n);
    const growth = (process.memoryUsage().rss - before) / 1048576;
    expect(growth, `resident memory grew by ${growth.toFixed(0)} MiB over 40 images`).toBeLessThan(80);
  }, 60_000);
});
