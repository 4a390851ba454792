import { z } from 'astro/zod';
import de from '../content/i18n/de.json';

/** The German UI strings are the reference: every language must define exactly these keys. */
export type UiStringKey = keyof typeof de;

export const uiStringKeys = Object.keys(de) as UiStringKey[];

export const uiStringsSchema = z.object(
  Object.fromEntries(uiStringKeys.map((key) => [key, z.string().min(1)])) as Record<UiStringKey, z.ZodString>,
);
