import { PopupRoot } from '../../src/ui/popup/Popup';
import { loadTabView } from '../../src/ui/popup/load';
import { sendRequest } from '../../src/ui/send';
import { startPage } from '../../src/ui/start';

startPage(({ fallbackLang, guideUrl }) => <PopupRoot load={loadTabView} guideUrl={guideUrl} fallbackLang={fallbackLang} send={sendRequest} />);
