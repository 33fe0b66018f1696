/**
 * The toolbar popup. `Popup` is pure (a TabView in, markup out) so unit tests
 * render it with views built by `tabView()`; `PopupRoot` fetches the view.
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../../i18n/lang';
import { uiTranslator as translator, type UiTranslate as Translate } from '../strings';
import type { InstitutionFooter, PortalView, Request, TabView } from '../../messages';
import { FALLBACK_WEBMAIL } from '../fallback';
import { Answer, credentialsAnswer, MailIcon, NewTabLink, SeverityIcon, ToConfirm, yesNo } from '../parts';
import { actThenReload, PageShell, useAskAgain } from '../shell';
import { SiteAccessNotice, useSiteAccessWatch, type SiteAccessApi } from '../site-access';
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

/** The institution's name and support contact, when its policy sets them. */
function Institution({ t, institution }: { t: Translate; institution: InstitutionFooter }) {
  return (
    <footer class="institution" data-institution="">
      {institution.name && <p class="institution-name">{institution.name}</p>}
      {institution.support && (
        <p class="institution-support">
          {institution.support.label}
          {institution.support.links.map((link) => [
            ' ',
            link.kind === 'url' ? (
              <NewTabLink t={t} href={link.href}>
                {link.text}
              </NewTabLink>
            ) : (
              <a href={link.href} data-support={link.kind}>
                {link.text}
              </a>
            ),
          ])}
        </p>
      )}
    </footer>
  );
}

/** The extension's pages sit beside the guide page. */
const sibling = (guideUrl: string, page: string) => new URL(page, guideUrl).href;

function GuideLink({ t, guideUrl }: { t: Translate; guideUrl: string }) {
  const pages = [
    ['open-guide', guideUrl, 'popup_openGuide'],
    ['open-account', sibling(guideUrl, 'account.html'), 'popup_openAccount'],
    ['open-mail', sibling(guideUrl, 'mail.html'), 'popup_openMail'],
    ['open-diagnostics', sibling(guideUrl, 'diagnostics.html'), 'popup_openDiagnostics'],
  ] as const;
  return (
    <ul class="guide-link">
      {pages.map(([action, href, label]) => (
        <li>
          <NewTabLink t={t} href={href} action={action}>
            {t(label)}
          </NewTabLink>
        </li>
      ))}
    </ul>
  );
}

/** "Signaler un problème": copies the personal-data-free summary; shows it when the clipboard is refused. */
function ReportButton({ t, summary }: { t: Translate; summary: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'shown'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(summary);
      setState('copied');
    } catch {
      setState('shown');
    }
  };
  return (
    <section class="report" aria-live="polite">
      <button type="button" data-action="report" onClick={() => void copy()}>
        {t('popup_report')}
      </button>
      {state === 'copied' && <p class="report-done">{t('popup_reportCopied')}</p>}
      {state === 'shown' && (
        <label class="report-text">
          {t('popup_reportShown')}
          <textarea readOnly rows={6} value={summary} data-report="" />
        </label>
      )}
    </section>
  );
}

/** What the popup's own buttons ask of the background (« Cet avertissement est faux » and its undo). */
export type PopupAct = (req: Extract<Request, { type: 'false-warning' | 'restore-warning' }>) => void;

/**
 * « Cet avertissement est faux » under a warning the user may mark wrong; once marked, the
 * neutral line saying so and the way back. Neither without a way to ask the background.
 */
function FalseWarning({ t, view, act }: { t: Translate; view: TabView; act: PopupAct | undefined }) {
  if (!act) return null;
  if (view.markedWrong) {
    const { host, verdict, line } = view.markedWrong;
    return (
      <section class="marked-wrong" data-marked-wrong={verdict}>
        <p>{line}</p>
        <button type="button" data-action="restore-warning" onClick={() => act({ type: 'restore-warning', host, verdict })}>
          {t('ui_restoreWarning')}
        </button>
      </section>
    );
  }
  if (!view.markable) return null;
  const { host, verdict } = view.markable;
  return (
    <p class="false-warning">
      <button type="button" data-action="false-warning" onClick={() => act({ type: 'false-warning', host, verdict })}>
        {t('ui_falseWarning')}
      </button>
    </p>
  );
}

export interface PopupProps {
  view: TabView;
  /** The guide page's URL (`browser.runtime.getURL('/options.html')`). */
  guideUrl: string;
  /** Sends the popup's own requests; the view is asked for again once answered. */
  act?: PopupAct;
  /** Asks the browser for the academy's sites when the user withheld them. */
  access?: SiteAccessApi;
  /** Asks the background for the view again (access granted). */
  reload?: () => void;
}

export function Popup({ view, guideUrl, act, access, reload = () => {} }: PopupProps) {
  const t = translator(view.lang);
  // Without access to the academy's sites the background cannot read a tab's address: « not an
  // academy site » would then be a guess told as a fact. The notice says why nothing more is said.
  const blind = view.siteAccess === 'withheld' && view.verdict === 'not-academy';
  return (
    <main class="popup" lang={view.lang} data-state="ready" data-verdict={view.verdict} data-severity={view.severity}>
      <WebmailButton t={t} url={view.webmailUrl} confirmed={view.webmailConfirmed} />
      {view.siteAccess === 'withheld' && <SiteAccessNotice t={t} api={access} granted={reload} heading={blind ? 'h1' : 'h2'} />}
      {!blind && (
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
            <FalseWarning t={t} view={view} act={act} />
          </div>
        </section>
      )}
      {view.reminder && (
        <p class={`reminder reminder-${view.reminder.state}`} data-reminder={view.reminder.state}>
          {view.reminder.line}
        </p>
      )}
      {view.outdated && (
        <p class="outdated" data-outdated="">
          {view.outdated}
        </p>
      )}
      {view.portal && <SiteFacts t={t} portal={view.portal} host={view.host} lines={view.lines} />}
      {view.summary && view.severity !== 'ok' && view.verdict !== 'not-academy' && <ReportButton t={t} summary={view.summary} />}
      <GuideLink t={t} guideUrl={guideUrl} />
      {view.institution && <Institution t={t} institution={view.institution} />}
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

export interface PopupRootProps {
  load: () => Promise<TabView>;
  guideUrl: string;
  /** Language of the error screen (the background normally decides). */
  fallbackLang: Lang;
  /** Sends a request to the background (`sendRequest`); without it the popup offers no action of its own. */
  send?: (req: Request) => Promise<unknown>;
  /** The browser's permissions (`browserSiteAccess()`): the popup follows them and may ask for the academy's sites. */
  access?: SiteAccessApi;
}

export function PopupRoot({ load, guideUrl, fallbackLang, send, access }: PopupRootProps) {
  const [reload, askAgain] = useAskAgain(load);
  useSiteAccessWatch(access, askAgain);
  const act: PopupAct | undefined = send ? actThenReload(send, askAgain, 'Aiguilleur popup') : undefined;
  return (
    <PageShell
      load={reload}
      label="Aiguilleur popup"
      fallbackLang={fallbackLang}
      title={(lang) => translator(lang)('actionTitle')}
      ready={(view) => <Popup view={view} guideUrl={guideUrl} act={act} access={access} reload={askAgain} />}
      error={(lang) => <PopupError lang={lang} guideUrl={guideUrl} />}
    />
  );
}
