import type { Lang } from './matcher';

export const glossaryLangs = ['de', 'en'] as const satisfies Lang[];
