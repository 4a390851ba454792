/**
 * Link-preview images are on unless `OG_IMAGES=off`, which only a local preview may ask for
 * (astro.config.mjs refuses it for a deployment build): without images, pages carry no
 * `og:image` and the build renders none.
 */
export const ogImagesEnabled = process.env.OG_IMAGES !== 'off';
