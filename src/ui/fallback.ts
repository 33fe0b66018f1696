/**
 * What a page shows when the background cannot answer, from the pack the extension was built with
 * (the build's, checked at build time by wxt.config.ts): the webmail address, the académie's name
 * and mail domain. Only these two top-level fields are imported, so the rest of the pack stays out
 * of the page bundles.
 */
import { academy, webmail } from '../rules/bundled-pack.json';
import { isConfirmed } from '../model/confidence';
import type { Confidence, Text } from '../rules/schema';

export const FALLBACK_WEBMAIL: { url: string; confirmed: boolean } = {
  url: webmail.url.value,
  confirmed: isConfirmed({ confidence: webmail.url.confidence as Confidence }),
};

/** The académie this build is for: its name (the pages' texts say it) and its mail domain. */
export const BUILD_ACADEMY: { name: Text; mailDomain: string } = { name: academy.name, mailDomain: academy.mailDomain };
