import { describe, expect, it } from 'vitest';
import { headersFile, hostRules, IMMUTABLE, nginxConf, redirectsFile, REVALIDATE } from '../../src/lib/hosting/rules';

const rules = hostRules({
  base: '/',
  langs: ['de', 'en'],
  redirects: { '/de/glossar/': '/de/glossary/' },
  headers: { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'self'" },
});

describe('host rules, written for each kind of host', () => {
  it('_headers: security headers for every path, immutable hashed assets, revalidated pages', () => {
    const file = headersFile(rules);
    expect(file).toMatch(/^\/\*\n {2}X-Content-Type-Options: nosniff\n {2}Content-Security-Policy: default-src 'self'\n/);
    expect(file).toContain(`/_astro/*\n  Cache-Control: ${IMMUTABLE}\n`);
    expect(file).toContain(`/pagefind/fragment/*\n  Cache-Control: ${IMMUTABLE}\n`);
    expect(file).toContain(`/en/*\n  Cache-Control: ${REVALIDATE}\n`);
  });

  it('_redirects: forced 301s and a 404 page per language', () => {
    expect(redirectsFile(rules)).toBe('/de/glossar/ /de/glossary/ 301!\n/de/* /de/404.html 404\n/en/* /en/404.html 404\n');
  });

  it('nginx: the same redirects, 404 pages and headers in every location (add_header does not inherit)', () => {
    const conf = nginxConf(rules, { root: '/srv/dist', listen: '8080' });
    expect(conf).toContain('listen 8080;');
    expect(conf).toContain('root /srv/dist;');
    expect(conf).toContain('location = /de/glossar/ {\n    return 301 /de/glossary/;');
    expect(conf).toContain('location ^~ /en/ {');
    expect(conf).toMatch(/location \^~ \/en\/ \{[^}]*error_page 404 \/en\/404\.html;/);
    expect(conf).toContain('gzip_static on;');
    const locations = conf.split('location ').slice(1).filter((block) => !block.includes('return 301'));
    expect(locations.length).toBeGreaterThan(5);
    for (const block of locations) {
      expect(block).toContain('add_header X-Content-Type-Options "nosniff" always;');
      expect(block).toContain(`add_header Content-Security-Policy "default-src 'self'" always;`);
      expect(block).toMatch(/add_header Cache-Control "[^"]+" always;/);
    }
  });

  it('below a base path, every rule follows it', () => {
    const based = hostRules({ base: '/dossier/', langs: ['de'], redirects: { '/de/glossar/': '/dossier/de/glossary/' }, headers: {} });
    expect(redirectsFile(based)).toBe('/dossier/de/glossar/ /dossier/de/glossary/ 301!\n/dossier/de/* /dossier/de/404.html 404\n');
    expect(nginxConf(based)).toContain('error_page 404 /dossier/404.html;');
  });
});
