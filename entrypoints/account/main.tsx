import { browser } from 'wxt/browser';
import { AccountRoot } from '../../src/ui/account/Account';
import { receivedStore } from '../../src/ui/account/received-store';
import { sendRequest } from '../../src/ui/send';
import { startPage } from '../../src/ui/start';

startPage(({ fallbackLang, guideUrl }) => (
  <AccountRoot load={() => sendRequest({ type: 'guide-view' })} fallbackLang={fallbackLang} store={receivedStore(browser.storage.local)} guideUrl={guideUrl} />
));
