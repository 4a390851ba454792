import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkGlossary, checkTermReferences } from '../../src/lib/glossary/integrity';
import { GlossaryFileError, loadGlossary } from '../../src/lib/glossary/load';

const yaml = (label: string, extra = '', definition = `Definition von ${label}.`) => `category: hardware
label: { de: ${label}, en: ${label}, zh-cn: ${label} }
aliases: { de: [${label}-Chips], en: [${label} chips], zh-cn: [${label}芯片] }
definition: { de: "${definition}", en: "Definition of ${label}.", zh-cn: "${label}的定义。" }
explanation: { de: "Lang.", en: "Long.", zh-cn: "长。" }
published: 2026-11-22
updated: 2026-11-25
${extra}`;

describe('glossary rules', () => {
  let dir: string;
  const write = (id: string, text: string) => writeFileSync(join(dir, `${id}.yaml`), text);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-glossary-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts valid terms', () => {
    write('a100', yaml('A100', 'related: [h800]'));
    write('h800', yaml('H800', 'related: [a100]'));
    expect(checkGlossary(loadGlossary(dir), 'glossary')).toEqual([]);
  });

  it('rejects a term missing one language, naming file and field', () => {
    write('a100', yaml('A100').replace('en: "Definition of A100.", ', ''));
    expect(() => loadGlossary(dir)).toThrow(GlossaryFileError);
    expect(() => loadGlossary(dir)).toThrow(/a100\.yaml[\s\S]*definition\.en/);
  });

  it('rejects an empty definition', () => {
    write('a100', yaml('A100', '', ' '));
    expect(() => loadGlossary(dir)).toThrow(/a100\.yaml[\s\S]*definition\.de: definition must not be empty/);
  });

  it('rejects an alias used by two terms', () => {
    write('a100', yaml('A100'));
    write('nvidia-a100', yaml('Nvidia A100').replace('[Nvidia A100-Chips]', '[A100-Chips]'));
    expect(checkGlossary(loadGlossary(dir), 'glossary')).toContainEqual(
      expect.objectContaining({ file: 'glossary/nvidia-a100.yaml', field: 'aliases.de', message: expect.stringContaining('a100') }),
    );
  });

  it('rejects an unknown related term', () => {
    write('a100', yaml('A100', 'related: [h900]'));
    expect(checkGlossary(loadGlossary(dir), 'glossary')).toMatchObject([{ file: 'glossary/a100.yaml', field: 'related' }]);
  });

  it('rejects an article referring to an unknown term', () => {
    write('a100', yaml('A100'));
    expect(checkTermReferences('de/articles/x.mdx', ['a100', 'h900'], loadGlossary(dir), 'glossary')).toMatchObject([
      { file: 'de/articles/x.mdx', field: 'terms', message: 'unknown glossary term “h900”' },
    ]);
  });
});
