/**
 * The webmail address to offer when the background cannot answer. Read from the
 * bundled pack (the build's, checked at build time by wxt.config.ts); only this
 * top-level field is imported, so the rest of the pack stays out of the page bundles.
 */
import { webmail } from '../rules/bundled-pack.json';
import { isConfirmed } from '../model/confidence';
import type { Confidence } from '../rules/schema';

export const FALLBACK_WEBMAIL: { url: string; confirmed: boolean } = {
  url: webmail.url.value,
  confirmed: isConfirmed({ confidence: webmail.url.confidence as Confidence }),
};
