import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { removeBanner, renderBanner } from '../src/banner/render';
import { readSignals, sameSignals, watchedSignals, watchPage } from '../src/content/page-watch';
import { forwardingGuard } from '../src/mail/guard';
import type { PageReply, RefreshMessage, Request } from '../src/messages';
import type { PageSignals } from '../src/model/facts';

// Wiring only. `matches` is set at build time to the academy's domains derived from the build's
// rules pack (wxt.config.ts): none here, so that no académie is named in the code. The script is
// declared in neither browser: the worker injects it once the page has loaded
// (src/background/page-script.ts).
export default defineContentScript({
  matches: [],
  runAt: 'document_idle',
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The worker may inject this script a second time into one document (a page restored from
    // the back/forward cache): one instance per document.
    const world = globalThis as { aiguilleurStarted?: boolean };
    if (world.aiguilleurStarted) return;
    world.aiguilleurStarted = true;
    const send = (req: Request) => browser.runtime.sendMessage(req) as Promise<PageReply>;
    let stop = () => {};
    let stopGuard = () => {};

    const show = (reply: PageReply) => {
      if (!reply?.banner) return removeBanner(document);
      const { portal, host, verdict } = reply.banner;
      renderBanner(document, reply.banner, {
        dismiss: () => void send({ type: 'dismiss', portal }),
        wrong: () => void send({ type: 'false-warning', host, verdict }),
      });
    };

    const report = async (signals: PageSignals) => {
      if (!ctx.isValid) return;
      show(await send({ type: 'page', url: location.href, signals }));
    };

    // One message per page view: the first report says whether a password field is there (the
    // common case: enough for the verdict); the reply names what to keep watching, and only a
    // page whose watched signals differ (the webmail's inbox) reports again.
    const start = async () => {
      stop();
      const sent = readSignals(document, { passwordField: true, inboxMarkers: [] });
      const reply = await send({ type: 'page', url: location.href, signals: sent });
      if (!reply?.watch || !ctx.isValid) return;
      const { watch } = reply;
      const signals = readSignals(document, watch);
      stopGuard();
      stopGuard = reply.forwardingGuard ? forwardingGuard(document, reply.forwardingGuard) : () => {};
      if (!sameSignals(signals, watchedSignals(sent, watch))) await report(signals);
      else show(reply);
      stop = watchPage(document, watch, signals, (s) => void report(s));
    };

    // The worker put this script here once the page had loaded (or, on a slow sign-on page, 300 ms
    // after its commit): the page's own loading is over or taking long, so start now.
    void start();
    // Single-page apps (the webmail) change URL without a new document.
    ctx.addEventListener(window, 'wxt:locationchange', () => void start());
    // A login journey just landed here: the background has something new to say.
    browser.runtime.onMessage.addListener((msg: RefreshMessage) => {
      if (msg?.type === 'refresh') void start();
    });
    // A login: a form holding a password field is submitted. Its values are never read.
    ctx.addEventListener(document, 'submit', (e) => {
      const form = e.target as HTMLFormElement | null;
      if (form?.querySelector?.('input[type="password"]')) void send({ type: 'login-submit', url: location.href, at: Date.now() });
    }, { capture: true });
    ctx.onInvalidated(() => {
      stop();
      stopGuard();
    });
  },
});
