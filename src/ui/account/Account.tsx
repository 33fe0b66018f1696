/**
 * The account-help page (account.html): username and address, first login,
 * forgotten password, NUMEN shape. `Account` renders from a pack (or none, when the
 * background did not answer: the local sections still work); `AccountRoot` fetches it.
 *
 * Stable hooks for tests: `#names`, `#first-login`, `#forgot`, `#numen`;
 * `[data-candidates]`, `[data-confidence]`, `[data-note]`, `[data-reminder]`,
 * `[data-route]`, `[data-department]`, `[data-shape]`, `[data-problem]`.
 */
import type { Lang } from '../../i18n/lang';
import { translator } from '../../strings';
import type { GuideView } from '../../messages';
import type { Pack } from '../../rules/schema';
import { isConfirmed } from '../../model/confidence';
import { BUILD_ACADEMY, FALLBACK_WEBMAIL } from '../fallback';
import { PageShell } from '../shell';
import { PagePlaceholder, SectionNav, TabPage } from '../tab-page';
import { FirstLoginSection } from './FirstLoginSection';
import { ForgotSection } from './ForgotSection';
import { NameSection } from './NameSection';
import { NumenSection } from './NumenSection';
import type { ReceivedStore } from './received-store';
import './account.css';

export interface AccountProps {
  lang: Lang;
  /** The pack in force; null when the background did not answer. */
  pack: Pack | null;
  store: ReceivedStore;
  now?: () => Date;
  /** The guide page (`browser.runtime.getURL('/options.html')`), linked in the footer. */
  guideUrl?: string;
}

const SECTIONS = [
  ['names', 'account_names_heading'],
  ['first-login', 'account_first_heading'],
  ['forgot', 'account_forgot_heading'],
  ['numen', 'account_numen_heading'],
] as const;

export function Account({ lang, pack, store, now = () => new Date(), guideUrl }: AccountProps) {
  const t = translator(lang);
  const temp = pack?.support?.tempPassword;
  const webmail = pack ? { url: pack.webmail.url.value, confirmed: isConfirmed(pack.webmail.url) } : FALLBACK_WEBMAIL;
  return (
    <TabPage
      page="account"
      lang={lang}
      state={pack ? 'ready' : 'error'}
      packVersion={pack?.packVersion}
      title={t('account_title')}
      intro={t('account_intro')}
      header={
        <>
          {!pack && (
            <p class="error" role="alert">
              {t('account_error')}
            </p>
          )}
          <SectionNav id="account-nav" heading={t('account_nav')} sections={SECTIONS.map(([id, key]) => [id, t(key)] as const)} />
        </>
      }
      footer={
        <>
          <p>{t('account_privacy')}</p>
          <p class="hint">{t('account_toConfirmHint')}</p>
          {guideUrl && (
            <p>
              <a href={guideUrl} data-action="open-guide">
                {t('account_guideLink')}
              </a>
            </p>
          )}
        </>
      }
    >
      <NameSection t={t} mailDomain={pack?.academy.mailDomain ?? BUILD_ACADEMY.mailDomain} academy={(pack?.academy.name ?? BUILD_ACADEMY.name)[lang]} />
      <FirstLoginSection
        t={t}
        lang={lang}
        webmail={webmail}
        thresholds={temp ? { ...temp.value, confirmed: isConfirmed(temp) } : null}
        store={store}
        now={now}
      />
      <ForgotSection t={t} lang={lang} pack={pack} />
      <NumenSection t={t} />
    </TabPage>
  );
}

export interface AccountRootProps {
  load: () => Promise<GuideView>;
  fallbackLang: Lang;
  store: ReceivedStore;
  now?: () => Date;
  guideUrl?: string;
}

/** The local sections work without the background: its error screen is the page without a pack. */
export function AccountRoot({ load, fallbackLang, store, now, guideUrl }: AccountRootProps) {
  return (
    <PageShell
      load={load}
      label="Aiguilleur account page"
      fallbackLang={fallbackLang}
      title={(lang) => translator(lang)('account_title')}
      loading={<PagePlaceholder page="account" />}
      ready={(view) => <Account lang={view.lang} pack={view.pack} store={store} now={now} guideUrl={guideUrl} />}
      error={(lang) => <Account lang={lang} pack={null} store={store} now={now} guideUrl={guideUrl} />}
    />
  );
}
