/**
 * The academy's sites withheld by the user (Chrome's site access « Lorsque vous cliquez sur
 * l'extension » or « Sur des sites spécifiques », Firefox's per-site permissions, optional in
 * MV3): said where the user looks (the popup, the first-run page) with the way to give it back.
 * Nothing fails silently: a refusal and a failed request are said too.
 *
 * Hooks: `[data-site-access="withheld"]`, `button[data-action="grant-site-access"]`,
 * `[data-site-access-outcome="refused|failed"]`.
 */
import { useEffect, useState } from 'preact/hooks';
import type siteAccess from '../i18n/catalog/site-access';
import type { Translate } from '../i18n/translate';

/** The notice's own words (a part only pages carry: src/i18n/catalog/site-access.ts). */
type SiteAccessTranslate = Translate<keyof typeof siteAccess>;

/** What the notice asks of the browser (`browserSiteAccess()`; tests give their own). */
export interface SiteAccessApi {
  /** `permissions.request` of the manifest's host permissions: true when granted. */
  request(): Promise<boolean>;
  /** Calls `changed` whenever the extension's permissions change (here or in the browser's settings); returns the way to stop. */
  watch(changed: () => void): () => void;
}

/** Asks the view again whenever the permissions change, so what is shown follows the browser's settings. */
export function useSiteAccessWatch(api: SiteAccessApi | undefined, changed: () => void): void {
  useEffect(() => api?.watch(changed), [api]);
}

type Outcome = 'idle' | 'refused' | 'failed';

/** `heading`: 'h1' where the notice is all a page says (the popup about a tab it cannot see). */
export function SiteAccessNotice({ t, api, granted, heading: Heading = 'h2' }: { t: SiteAccessTranslate; api: SiteAccessApi | undefined; granted: () => void; heading?: 'h1' | 'h2' }) {
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const grant = () => {
    // The request is the click's first act: Firefox accepts it only inside a user's input handler.
    api!.request().then(
      (ok) => (ok ? granted() : setOutcome('refused')),
      (e: unknown) => {
        console.error('Aiguilleur site access:', e);
        setOutcome('failed');
      },
    );
  };
  return (
    <section class="site-access" data-site-access="withheld" aria-labelledby="site-access-heading">
      <Heading id="site-access-heading">{t('ui_siteAccess_heading')}</Heading>
      <p>{t('ui_siteAccess_text')}</p>
      {api && (
        <button type="button" class="button" data-action="grant-site-access" onClick={grant}>
          {t('ui_siteAccess_grant')}
        </button>
      )}
      <p role="status" data-site-access-outcome={outcome === 'idle' ? undefined : outcome}>
        {outcome === 'refused' ? t('ui_siteAccess_refused') : outcome === 'failed' ? t('ui_siteAccess_failed') : ''}
      </p>
    </section>
  );
}
