/**
 * The guide's second half, in its column: the other help pages, and why forwarding to a
 * personal mailbox is discouraged (the same text as the mail page's).
 */
import type { Lang } from '../../i18n/lang';
import { translator } from '../../strings';

export function MorePages({ lang, outdated }: { lang: Lang; outdated?: string | undefined }) {
  const t = translator(lang);
  const pages = [
    ['account.html', 'popup_openAccount'],
    ['mail.html', 'popup_openMail'],
    ['diagnostics.html', 'popup_openDiagnostics'],
  ] as const;
  return (
    <>
      <section id="more" class="guide-more" lang={lang} aria-labelledby="more-heading">
        {outdated && (
          <p class="outdated" data-outdated="">
            {outdated}
          </p>
        )}
        <h2 id="more-heading">{t('guide_moreHeading')}</h2>
        <ul>
          {pages.map(([href, label]) => (
            <li>
              <a href={href} data-action={`open-${href.replace('.html', '')}`}>
                {t(label)}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section id="forwarding-advice" class="guide-forwarding" lang={lang} aria-labelledby="forwarding">
        <h2 id="forwarding">{t('mail_forwardingHeading')}</h2>
        <p>{t('mail_forwarding_1')}</p>
        <p>{t('mail_forwarding_2')}</p>
        <p>{t('mail_forwarding_3')}</p>
        <p class="callout callout-ok">{t('mail_forwarding_4').replace(/ \(voir les réglages ci-dessus\)| \(see the settings above\)/, '')}</p>
        <p class="hint">{t('mail_forwarding_5')}</p>
      </section>
    </>
  );
}
