/** Site-relative URL of a docs entry (e.g. "en/articles/x" → "/en/articles/x/"), honouring Astro's `base`. */
export function pageUrl(entryId: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return `${base}${entryId.replace(/^\/|\/?index$|\/$/g, '')}/`.replace(/\/{2,}$/, '/');
}

/** The same page in another language: entry ids start with their language code ("de/…", "zh-cn/…"). */
export function translatedEntryId(entryId: string, lang: string): string {
  return entryId.replace(/^[^/]+/, lang);
}
