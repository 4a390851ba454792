import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { pageKey, pageTypeOf } from '~/lib/site-pages';

/** Open Graph locales need a territory: "de" alone is not recognised by unfurlers. */
const ogLocale = { de: 'de_DE', en: 'en_US' } as const;

/**
 * Completes the link-preview data Starlight writes into every page's head: the generated
 * preview image, full Open Graph locales and the other language as `og:locale:alternate`.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const lang = route.lang === 'en' ? 'en' : 'de';
  const key = pageKey(context.url.pathname, import.meta.env.BASE_URL);
  const image = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}og/${key}.png`, context.site).href;
  const t = context.locals.t;
  // Not HTML-escaped by i18next: Astro escapes attribute values itself.
  const alt = t('og.imageAlt', { title: route.entry.data.title, type: t(`pageType.${pageTypeOf(key)}`), interpolation: { escapeValue: false } });

  for (const tag of route.head) {
    if (tag.attrs?.property === 'og:locale') tag.attrs.content = ogLocale[lang];
  }
  const meta = (attrs: Record<string, string>) => route.head.push({ tag: 'meta', attrs, content: '' });
  for (const other of Object.keys(ogLocale) as (keyof typeof ogLocale)[]) {
    if (other !== lang) meta({ property: 'og:locale:alternate', content: ogLocale[other] });
  }
  meta({ property: 'og:image', content: image });
  meta({ property: 'og:image:type', content: 'image/png' });
  meta({ property: 'og:image:width', content: '1200' });
  meta({ property: 'og:image:height', content: '630' });
  meta({ property: 'og:image:alt', content: alt });
  meta({ name: 'twitter:image', content: image });
  meta({ name: 'twitter:image:alt', content: alt });
});
