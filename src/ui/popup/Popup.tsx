/**
 * The toolbar popup. `Popup` is pure (a TabView in, markup out) so unit tests
 * render it with views built by `tabView()`; `PopupRoot` fetches the view.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../i18n/lang';
import { uiTranslator as translator, type UiTranslate as Translate } from '../strings';
import type { PortalView, TabView } from '../../messages';
import { FALLBACK_WEBMAIL } from '../fallback';
import { useDocumentLang } from '../document';
import { Answer, credentialsAnswer, MailIcon, NewTabLink, SeverityIcon, ToConfirm, yesNo } from '../parts';
import '../base.css';
import './popup.css';

/**
 * The way out, always first. It opens in a new tab rather than the current
 * one: no `tabs` permission or script is needed, it cannot throw away the page
 * the user was on, and the popup closes by itself when the new tab takes focus.
 */
function WebmailButton({ t, url, confirmed }: { t: Translate; url: string; confirmed: boolean }) {
  return (
    <div class="webmail">
      <NewTabLink t={t} class="webmail-button" action="open-webmail" href={url}>
        <MailIcon />
        <span>{t('openWebmail')}</span>
      </NewTabLink>
      {!confirmed && (
        <p class="webmail-note">
          <ToConfirm t={t} />
        </p>
      )}
    </div>
  );
}

function SiteFacts({ t, portal, host, lines }: { t: Translate; portal: PortalView; host: string | null; lines: string[] }) {
  // The `portal` verdict already tells the role word for word just above: say it once.
  const showRole = !lines.includes(portal.role);
  return (
    <section class="site" aria-labelledby="site-heading">
      <h2 id="site-heading">{t('popup_siteHeading')}</h2>
      <dl class="facts">
        <div data-fact="name">
          <dt>{t('popup_site')}</dt>
          <dd>{portal.name}</dd>
        </div>
        {host && (
          <div data-fact="host">
            <dt>{t('popup_address')}</dt>
            <dd class="host">{host}</dd>
          </div>
        )}
        {showRole && (
          <div class="stacked" data-fact="role">
            <dt>{t('popup_role')}</dt>
            <dd>{portal.role}</dd>
          </div>
        )}
        <div data-fact="credentials">
          <dt>{t('ui_credentials')}</dt>
          <dd>
            <Answer t={t} text={credentialsAnswer(t, portal.credentials.value)} confirmed={portal.credentials.confirmed} />
          </dd>
        </div>
        <div data-fact="mailbox">
          <dt>{t('popup_mailbox')}</dt>
          <dd>
            <Answer t={t} text={yesNo(t, portal.mailbox.value)} confirmed={portal.mailbox.confirmed} />
          </dd>
        </div>
      </dl>
    </section>
  );
}

function GuideLink({ t, guideUrl }: { t: Translate; guideUrl: string }) {
  return (
    <p class="guide-link">
      <NewTabLink t={t} href={guideUrl} action="open-guide">
        {t('popup_openGuide')}
      </NewTabLink>
    </p>
  );
}

export interface PopupProps {
  view: TabView;
  /** The guide page's URL (`browser.runtime.getURL('/options.html')`). */
  guideUrl: string;
}

export function Popup({ view, guideUrl }: PopupProps) {
  const t = translator(view.lang);
  return (
    <main class="popup" lang={view.lang} data-state="ready" data-verdict={view.verdict} data-severity={view.severity}>
      <WebmailButton t={t} url={view.webmailUrl} confirmed={view.webmailConfirmed} />
      <section class={`verdict verdict-${view.severity}`} aria-labelledby="verdict-headline">
        <SeverityIcon severity={view.severity} />
        <div class="verdict-text">
          <h1 id="verdict-headline">
            <span class="sr-only">{t(`ui_severity_${view.severity}`)} </span>
            {view.headline}
          </h1>
          {view.lines.map((line) => (
            <p>{line}</p>
          ))}
        </div>
      </section>
      {view.portal && <SiteFacts t={t} portal={view.portal} host={view.host} lines={view.lines} />}
      <GuideLink t={t} guideUrl={guideUrl} />
    </main>
  );
}

/** Shown when the background did not answer: the webmail link still works. */
export function PopupError({ lang, guideUrl }: { lang: Lang; guideUrl: string }) {
  const t = translator(lang);
  return (
    <main class="popup" lang={lang} data-state="error">
      <WebmailButton t={t} url={FALLBACK_WEBMAIL.url} confirmed={FALLBACK_WEBMAIL.confirmed} />
      <section class="verdict verdict-warning" role="alert">
        <SeverityIcon severity="warning" />
        <div class="verdict-text">
          <p>{t('popup_error')}</p>
        </div>
      </section>
      <GuideLink t={t} guideUrl={guideUrl} />
    </main>
  );
}

type State = { kind: 'loading' } | { kind: 'ready'; view: TabView } | { kind: 'error' };

export interface PopupRootProps {
  load: () => Promise<TabView>;
  guideUrl: string;
  /** Language of the error screen (the background normally decides). */
  fallbackLang: Lang;
}

export function PopupRoot({ load, guideUrl, fallbackLang }: PopupRootProps) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (view) => live && setState({ kind: 'ready', view }),
      (e: unknown) => {
        console.error('Aiguilleur popup:', e);
        if (live) setState({ kind: 'error' });
      },
    );
    return () => {
      live = false;
    };
  }, [load]);
  const lang = state.kind === 'ready' ? state.view.lang : fallbackLang;
  useDocumentLang(lang, translator(lang)('actionTitle'));
  // Nothing while loading (a few milliseconds): no flash of a wrong language, and `#app`
  // stays empty until there is something to read (what tests and axe wait for).
  if (state.kind === 'loading') return null;
  if (state.kind === 'error') return <PopupError lang={fallbackLang} guideUrl={guideUrl} />;
  return <Popup view={state.view} guideUrl={guideUrl} />;
}
