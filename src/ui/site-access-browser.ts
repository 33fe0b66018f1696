/** The site-access notice's browser side: the manifest's host permissions, asked for and watched. */
import { browser } from 'wxt/browser';
import type { SiteAccessApi } from './site-access';

export function browserSiteAccess(): SiteAccessApi {
  // The academy's URLs, as the build wrote them (wxt.config.ts): what the user may withhold.
  const origins = browser.runtime.getManifest().host_permissions ?? [];
  return {
    request: () => browser.permissions.request({ origins }),
    watch(changed) {
      const listener = () => changed();
      browser.permissions.onAdded.addListener(listener);
      browser.permissions.onRemoved.addListener(listener);
      return () => {
        browser.permissions.onAdded.removeListener(listener);
        browser.permissions.onRemoved.removeListener(listener);
      };
    },
  };
}
