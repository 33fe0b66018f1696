import { FirstRunRoot } from '../../src/ui/first-run/FirstRun';
import { sendRequest } from '../../src/ui/send';
import { browserSiteAccess } from '../../src/ui/site-access-browser';
import { startPage } from '../../src/ui/start';

startPage(({ fallbackLang, guideUrl }) => (
  <FirstRunRoot
    load={() => sendRequest({ type: 'first-run-view' })}
    send={sendRequest}
    browser={import.meta.env.BROWSER === 'firefox' ? 'firefox' : 'chromium'}
    guideUrl={guideUrl}
    fallbackLang={fallbackLang}
    access={browserSiteAccess()}
  />
));
