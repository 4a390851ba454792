/**
 * Moved or alternative addresses → their current page. A public URL is never dropped: when a
 * page moves, its old path goes here (the URL manifest test insists), and the redirect page keeps
 * the `#fragment`, so links to sections survive too.
 */
export const redirects: Record<string, string> = {
  // German readers guess the German word.
  '/de/glossar/': '/de/glossary/',
};
