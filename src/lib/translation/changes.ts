import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { parse } from 'yaml';
import { sourceHash, withoutDates } from './hash';
import { committedVersions, lastChanged } from './history';
import { germanTermText, type ContentPaths, type TranslationStatus } from './status';

export interface SourceChange {
  /** The day the German source last changed. */
  since: string;
  /** Unified diff of the German text from the stamped version to today's, when that version is in git history. */
  diff: string | undefined;
}

/** What a translation's stamp was computed from, for each kind of translated thing. */
const stampedText = (status: TranslationStatus, fileText: string): string => {
  if (status.kind === 'page') return withoutDates(fileText);
  if (status.kind === 'term') return germanTermText(parse(fileText) ?? {});
  return (JSON.parse(fileText) as Record<string, string>)[status.id] ?? '';
};

/** For an outdated translation: since when its German source differs and how. */
export function sourceChange(paths: ContentPaths, status: TranslationStatus): SourceChange {
  const file = join(paths.root, status.source);
  const since = lastChanged(paths.root, file);
  if (!status.stampedHash) return { since, diff: undefined };
  for (const version of committedVersions(paths.root, file)) {
    const before = stampedText(status, version.text);
    if (sourceHash(before) === status.stampedHash) {
      const now = stampedText(status, readFileSync(file, 'utf8'));
      const label = status.kind === 'ui-string' ? `${status.source} ${status.id}` : status.source;
      return {
        since,
        diff: createTwoFilesPatch(`${label} (translated, ${version.date})`, `${label} (now)`, `${before}\n`, `${now}\n`),
      };
    }
  }
  return { since, diff: undefined };
}
