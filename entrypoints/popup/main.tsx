import { PopupRoot } from '../../src/ui/popup/Popup';
import { loadTabView } from '../../src/ui/popup/load';
import { sendRequest } from '../../src/ui/send';
import { browserSiteAccess } from '../../src/ui/site-access-browser';
import { startPage } from '../../src/ui/start';

startPage(({ fallbackLang, guideUrl }) => <PopupRoot load={loadTabView} guideUrl={guideUrl} fallbackLang={fallbackLang} send={sendRequest} access={browserSiteAccess()} />);
