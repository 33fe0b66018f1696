import { MailRoot } from '../../src/ui/mail/Mail';
import { sendRequest } from '../../src/ui/send';
import { startPage } from '../../src/ui/start';

startPage(({ fallbackLang }) => <MailRoot load={() => sendRequest({ type: 'guide-view' })} fallbackLang={fallbackLang} />);
