import { describe, expect, it } from 'vitest';
// Not among Starlight's exports: read from its build, as Starlight parses the `pagefind` option.
import { PagefindConfigSchema } from '../../node_modules/@astrojs/starlight/dist/schemas/pagefind.js';
import { searchRanking } from '../../src/lib/search/ranking';

describe('search ranking', () => {
  it('states every weight, so the quality suite ranks as the readers’ search does', () => {
    // Starlight fills left-out weights with its defaults; the suite passes the object to Pagefind as it is.
    expect(PagefindConfigSchema().parse({ ranking: searchRanking }).ranking).toEqual(searchRanking);
  });
});
