import type { APIRoute, GetStaticPaths } from 'astro';
import { languageOf, languages } from '~/lib/languages';
import { searchNamesOf } from '~/lib/search/names';

export const getStaticPaths = (async () =>
  (
    await Promise.all(
      languages.map(async (language) => (await searchNamesOf(language)).shards.map((_, shard) => ({ params: { lang: language.code, shard: String(shard) } }))),
    )
  ).flat()) satisfies GetStaticPaths;

/** One shard of a language's names of terms and pages (src/lib/search/names.ts), fetched by searches whose words fall in it. */
export const GET: APIRoute = async ({ params }) => {
  const { shards } = await searchNamesOf(languageOf(params.lang!));
  return new Response(JSON.stringify(shards[Number(params.shard)]), { headers: { 'Content-Type': 'application/json' } });
};
