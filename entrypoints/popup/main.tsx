import { render } from 'preact';
import { browser } from 'wxt/browser';
import { browserLang } from '../../src/ui/lang';
import { PopupRoot } from '../../src/ui/popup/Popup';
import { loadTabView } from '../../src/ui/popup/load';

render(
  <PopupRoot load={loadTabView} guideUrl={browser.runtime.getURL('/options.html')} fallbackLang={browserLang()} />,
  document.getElementById('app')!,
);
