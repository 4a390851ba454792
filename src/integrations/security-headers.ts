import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './built-html';

// Inline scripts that run: data blocks (JSON-LD) are never executed, so the policy needs no hash of them.
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)(?![^>]*\btype="(?!module"|text\/javascript")[^"]*")[^>]*>([\s\S]*?)<\/script>/g;
const hash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/** The policy for a set of inline-script hashes. Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'. */
export const contentSecurityPolicy = (hashes: Iterable<string>, { forMeta = false } = {}) =>
  [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...hashes].sort().join(' ')}`.trim(),
    // Starlight sets custom properties in style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Not allowed in a <meta> policy; sent as a header only.
    ...(forMeta ? [] : ["frame-ancestors 'none'"]),
  ].join('; ');

/** The security headers for a policy: what every response of the site carries. */
export const securityHeaderValues = (policy: string): Record<string, string> => ({
  'Content-Security-Policy': policy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
});

/**
 * After every other HTML rewrite: hashes each page's inline scripts (Starlight's theme and
 * sidebar scripts, Astro's bundled component scripts) into a Content-Security-Policy without
 * 'unsafe-inline' for scripts, as a <meta> tag in every page, so it holds on any host. The same
 * policy, as a header for the whole site, is handed to the host rules (`headers()`).
 */
export function securityHeaders(): AstroIntegration & { headers: () => Record<string, string> } {
  let all: Set<string> | undefined;
  return {
    name: 'dossier:security-headers',
    headers: () => {
      if (!all) throw new Error('the security headers are known only after the pages are built');
      return securityHeaderValues(contentSecurityPolicy(all));
    },
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        all = new Set<string>();
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const hashes = new Set([...html.matchAll(INLINE_SCRIPT)].map((m) => hash(m[1] ?? '')));
          hashes.forEach((h) => all!.add(h));
          const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes, { forMeta: true })}">`;
          // Right after the charset (or the doctype, on Astro's bare redirect pages): before any script.
          const anchor = /<meta charset="utf-8"\s*\/?>/i.test(html) ? /<meta charset="utf-8"\s*\/?>/i : /<!doctype html>/i;
          writeFileSync(file, html.replace(anchor, (tag) => `${tag}${meta}`));
        }
        logger.info(`Content-Security-Policy with ${all.size} inline-script hashes in every page`);
      },
    },
  };
}
