/** `tsx scripts/serve.ts [port]` — serves dist/ as a static host would (see lib/static-server). */
import { resolve } from 'node:path';
import { originOf, serveStatic } from './lib/static-server';

const server = await serveStatic(resolve('dist'), Number(process.argv[2] ?? 0));
console.log(`Serving dist/ at ${originOf(server)}/`);
