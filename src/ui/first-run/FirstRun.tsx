/**
 * The first-run page (`first-run.html`), opened once at install (src/background/first-run.ts):
 * what Aiguilleur does in three lines, the webmail in force, how to pin the toolbar button in
 * Chrome and in Firefox (drawn), and the language. `FirstRun` is pure (a FirstRunView in,
 * markup out); `FirstRunRoot` loads the view and sends the language choice.
 *
 * Hooks: `.first-run[data-state]`, `#what`, `#webmail a[data-action="open-webmail"]`, `#pin`
 * with `[data-browser="chromium|firefox"]`, `#language input[name="language"]`.
 */
import { useState } from 'preact/hooks';
import type { Lang, LangSetting } from '../../i18n/lang';
import type { FirstRunView, Request } from '../../messages';
import { firstRunTranslator as translator, type FirstRunTranslate as Translate } from './strings';
import { BUILD_ACADEMY } from '../fallback';
import { WebmailAddress } from '../parts';
import { PageShell, useAskAgain } from '../shell';
import { SiteAccessNotice, useSiteAccessWatch, type SiteAccessApi } from '../site-access';
import { PageError, TabPage } from '../tab-page';
import { ChromePin, FirefoxPin } from './illustrations';
import './first-run.css';

export type BrowserKind = 'chromium' | 'firefox';

/** In the header, under the title: read first, and the pinning steps still show on a small screen. */
function What({ t, academy }: { t: Translate; academy: string }) {
  return (
    <section id="what" aria-labelledby="what-heading">
      <h2 id="what-heading" class="sr-only">
        {t('firstRun_whatHeading')}
      </h2>
      <ul class="what">
        <li>{t('firstRun_what1', academy)}</li>
        <li>{t('firstRun_what2')}</li>
        <li>{t('firstRun_what3')}</li>
      </ul>
    </section>
  );
}

function Webmail({ t, url, confirmed }: { t: Translate; url: string; confirmed: boolean }) {
  return (
    <section id="webmail" class="page-section" aria-labelledby="webmail-heading">
      <h2 id="webmail-heading">{t('firstRun_webmailHeading')}</h2>
      <p>{t('firstRun_webmailText')}</p>
      <WebmailAddress t={t} url={url} confirmed={confirmed} />
    </section>
  );
}

function ChromeSteps({ t }: { t: Translate }) {
  return (
    <section class="pin-browser" data-browser="chromium" aria-labelledby="pin-chromium">
      <h3 id="pin-chromium">{t('firstRun_chromeHeading')}</h3>
      <div class="pin-steps">
        <ol>
          <li>{t('firstRun_chrome1')}</li>
          <li>{t('firstRun_chrome2')}</li>
        </ol>
        <figure>
          <ChromePin label={t('firstRun_chromeFigure')} />
          <figcaption>{t('firstRun_chromeFigure')}</figcaption>
        </figure>
      </div>
      <p class="hint">{t('firstRun_edge')}</p>
    </section>
  );
}

function FirefoxSteps({ t }: { t: Translate }) {
  return (
    <section class="pin-browser" data-browser="firefox" aria-labelledby="pin-firefox">
      <h3 id="pin-firefox">{t('firstRun_firefoxHeading')}</h3>
      <p>{t('firstRun_firefoxUsually')}</p>
      <div class="pin-steps">
        <ol>
          <li>{t('firstRun_firefox1')}</li>
          <li>{t('firstRun_firefox2')}</li>
        </ol>
        <figure>
          <FirefoxPin label={t('firstRun_firefoxFigure')} pinLabel={t('firstRun_firefoxPinItem')} />
          <figcaption>{t('firstRun_firefoxFigure')}</figcaption>
        </figure>
      </div>
    </section>
  );
}

/** Both browsers, the one showing the page first: a colleague may use the other. */
function Pin({ t, browser }: { t: Translate; browser: BrowserKind }) {
  const both = browser === 'firefox' ? [<FirefoxSteps t={t} />, <ChromeSteps t={t} />] : [<ChromeSteps t={t} />, <FirefoxSteps t={t} />];
  return (
    <section id="pin" class="page-section" aria-labelledby="pin-heading">
      <h2 id="pin-heading">{t('firstRun_pinHeading')}</h2>
      <p>{t('firstRun_pinWhy')}</p>
      {both}
    </section>
  );
}

/** Each choice named in its own language (« English » for a French reader too), the browser's first. */
const CHOICES: ReadonlyArray<readonly [LangSetting, Lang | null, string | null]> = [
  ['auto', null, null],
  ['fr', 'fr', 'Français'],
  ['en', 'en', 'English'],
];

function Language({ t, view, choose }: { t: Translate; view: FirstRunView; choose: ((l: LangSetting) => void) | undefined }) {
  const locked = view.languageByPolicy || !choose;
  // Under a policy, the language in force is the one shown; the user's own choice waits, kept.
  const shown = view.languageByPolicy ? view.lang : view.language;
  return (
    <section id="language" class="page-section" aria-labelledby="language-heading">
      <h2 id="language-heading">{t('firstRun_langHeading')}</h2>
      <fieldset class="language-choice" disabled={locked}>
        <legend>{t('firstRun_langLegend')}</legend>
        {CHOICES.map(([value, lang, name]) => (
          <label>
            <input type="radio" name="language" value={value} checked={shown === value} onChange={() => choose?.(value)} />{' '}
            <span lang={lang ?? undefined}>{name ?? t('firstRun_lang_auto')}</span>
          </label>
        ))}
      </fieldset>
      {view.languageByPolicy && <p class="hint">{t('firstRun_langByPolicy')}</p>}
    </section>
  );
}

export interface FirstRunProps {
  view: FirstRunView;
  browser: BrowserKind;
  guideUrl: string;
  /** Saves the user's language choice; the page then shows itself in it. */
  choose?: (language: LangSetting) => void;
  /** Shown under the language choice when saving it failed. */
  chooseFailed?: boolean;
  access?: SiteAccessApi;
  reload?: () => void;
}

export function FirstRun({ view, browser, guideUrl, choose, chooseFailed = false, access, reload = () => {} }: FirstRunProps) {
  const t = translator(view.lang);
  return (
    <TabPage
      page="first-run"
      lang={view.lang}
      state="ready"
      title={t('firstRun_title')}
      intro={t('firstRun_intro')}
      header={
        <>
          <What t={t} academy={BUILD_ACADEMY.name[view.lang]} />
          {view.siteAccess === 'withheld' && <SiteAccessNotice t={t} api={access} granted={reload} />}
        </>
      }
      footer={
        <p>
          {t('firstRun_guide')} <a href={guideUrl}>{t('firstRun_openGuide')}</a>
        </p>
      }
    >
      <Webmail t={t} url={view.webmailUrl} confirmed={view.webmailConfirmed} />
      <Pin t={t} browser={browser} />
      <Language t={t} view={view} choose={choose} />
      {chooseFailed && (
        <p class="error" role="alert">
          {t('firstRun_langFailed')}
        </p>
      )}
    </TabPage>
  );
}

export function FirstRunError({ lang, browser }: { lang: Lang; browser: BrowserKind }) {
  const t = translator(lang);
  return (
    <PageError page="first-run" lang={lang} title={t('firstRun_title')} alert={t('firstRun_error')} webmail>
      <Pin t={t} browser={browser} />
    </PageError>
  );
}

export interface FirstRunRootProps {
  load: () => Promise<FirstRunView>;
  send?: (req: Request) => Promise<unknown>;
  browser: BrowserKind;
  guideUrl: string;
  fallbackLang: Lang;
  access?: SiteAccessApi;
}

export function FirstRunRoot({ load, send, browser, guideUrl, fallbackLang, access }: FirstRunRootProps) {
  const [reload, askAgain] = useAskAgain(load);
  const [failed, setFailed] = useState(false);
  useSiteAccessWatch(access, askAgain);
  const choose = send
    ? (language: LangSetting) =>
        void send({ type: 'set-language', language }).then(
          () => {
            setFailed(false);
            askAgain();
          },
          (e: unknown) => {
            console.error('Aiguilleur first-run page:', e);
            setFailed(true);
          },
        )
    : undefined;
  return (
    <PageShell
      load={reload}
      label="Aiguilleur first-run page"
      fallbackLang={fallbackLang}
      title={(lang) => translator(lang)('firstRun_title')}
      ready={(view) => <FirstRun view={view} browser={browser} guideUrl={guideUrl} choose={choose} chooseFailed={failed} access={access} reload={askAgain} />}
      error={(lang) => <FirstRunError lang={lang} browser={browser} />}
    />
  );
}
