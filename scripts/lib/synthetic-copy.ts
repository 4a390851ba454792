import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { languageCodes } from '../../src/lib/languages';

/** A copy of the project whose articles, topics and glossary terms exist `factor` times. */
export function syntheticCopy(factor: number, root = process.cwd()): string {
  const dir = join(root, '.test-copies', `bench-${factor}x`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  for (const lang of languageCodes) {
    for (const folder of ['articles', 'topics']) {
      const from = join(dir, 'src/content/docs', lang, folder);
      for (const file of readdirSync(from)) {
        const text = readFileSync(join(from, file), 'utf8');
        const title = (parse(/^title: .*$/m.exec(text)![0]) as { title: string }).title;
        for (let n = 2; n <= factor; n++) {
          writeFileSync(join(from, file.replace('.mdx', `-${n}.mdx`)), text.replace(/^title: .*$/m, `title: ${JSON.stringify(`${title} (${n})`)}`));
        }
      }
    }
  }
  const glossary = join(dir, 'src/content/glossary');
  for (const file of readdirSync(glossary)) {
    const term = parse(readFileSync(join(glossary, file), 'utf8')) as {
      label: Record<string, string>;
      aliases?: Record<string, string[]>;
      translation?: unknown;
    };
    delete term.translation;
    for (let n = 2; n <= factor; n++) {
      // Labels and aliases must stay unique across terms: each copy is a new name, as new terms would be.
      const numbered = (texts: Record<string, string[]>) =>
        Object.fromEntries(Object.entries(texts).map(([lang, list]) => [lang, list.map((text) => `Kopie${n} ${text}`)]));
      const copy = {
        ...term,
        label: Object.fromEntries(Object.entries(term.label).map(([lang, label]) => [lang, `Kopie${n} ${label}`])),
        aliases: numbered(term.aliases ?? {}),
      };
      writeFileSync(join(glossary, file.replace('.yaml', `-${n}.yaml`)), stringify(copy));
    }
  }
  return dir;
}
