import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const docsDir = fileURLToPath(new URL('../../src/content/docs/', import.meta.url));
