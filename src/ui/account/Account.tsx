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
import { useLoaded, type Loaded } from '../use-loaded';
import { translator } from '../../strings';
import { DEFAULT_MAIL_DOMAIN } from '../../identity/names';
import type { GuideView } from '../../messages';
import type { Pack } from '../../rules/schema';
import { isConfirmed } from '../../model/confidence';
import { useDocumentLang } from '../document';
import { FALLBACK_WEBMAIL } from '../fallback';
import { FirstLoginSection } from './FirstLoginSection';
import { ForgotSection } from './ForgotSection';
import { NameSection } from './NameSection';
import { NumenSection } from './NumenSection';
import type { ReceivedStore } from './received-store';
import '../base.css';
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
  const webmail = pack ? { url: pack.webmail.url.value, confirmed: isConfirmed(pack.webmail.url.confidence) } : FALLBACK_WEBMAIL;
  return (
    <div class="account" lang={lang} data-state={pack ? 'ready' : 'error'} data-pack-version={pack?.packVersion}>
      <header class="account-header">
        <h1>{t('account_title')}</h1>
        <p>{t('account_intro')}</p>
        {!pack && (
          <p class="error" role="alert">
            {t('account_error')}
          </p>
        )}
        <nav aria-labelledby="account-nav">
          <h2 id="account-nav" class="sr-only">
            {t('account_nav')}
          </h2>
          <ol class="account-nav">
            {SECTIONS.map(([id, key]) => (
              <li>
                <a href={`#${id}`}>{t(key)}</a>
              </li>
            ))}
          </ol>
        </nav>
      </header>
      <main>
        <NameSection t={t} mailDomain={pack?.academy.mailDomain ?? DEFAULT_MAIL_DOMAIN} />
        <FirstLoginSection
          t={t}
          lang={lang}
          webmail={webmail}
          thresholds={temp ? { ...temp.value, confirmed: isConfirmed(temp.confidence) } : null}
          store={store}
          now={now}
        />
        <ForgotSection t={t} lang={lang} pack={pack} />
        <NumenSection t={t} />
      </main>
      <footer class="account-footer">
        <p>{t('account_privacy')}</p>
        <p class="hint">{t('account_toConfirmHint')}</p>
        {guideUrl && (
          <p>
            <a href={guideUrl} data-action="open-guide">
              {t('account_guideLink')}
            </a>
          </p>
        )}
      </footer>
    </div>
  );
}

type State = Loaded<GuideView>;

export interface AccountRootProps {
  load: () => Promise<GuideView>;
  fallbackLang: Lang;
  store: ReceivedStore;
  now?: () => Date;
  guideUrl?: string;
}

export function AccountRoot({ load, fallbackLang, store, now, guideUrl }: AccountRootProps) {
  const state: State = useLoaded(load, 'Aiguilleur account page');
  const lang = state.kind === 'ready' ? state.view.lang : fallbackLang;
  useDocumentLang(lang, translator(lang)('account_title'));
  if (state.kind === 'loading') return <main class="account" data-state="loading" aria-busy="true" />;
  const pack = state.kind === 'ready' ? state.view.pack : null;
  return <Account lang={lang} pack={pack} store={store} now={now} guideUrl={guideUrl} />;
}
