import { render } from 'preact';
import { browser } from 'wxt/browser';
import { AccountRoot } from '../../src/ui/account/Account';
import { receivedStore } from '../../src/ui/account/received-store';
import { browserLang } from '../../src/ui/lang';
import { sendRequest } from '../../src/ui/send';

const loadPack = () => sendRequest({ type: 'guide-view' });

render(
  <AccountRoot
    load={loadPack}
    fallbackLang={browserLang()}
    store={receivedStore(browser.storage.local)}
    guideUrl={browser.runtime.getURL('/options.html')}
  />,
  document.getElementById('app')!,
);
