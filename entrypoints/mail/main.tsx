import { render } from 'preact';
import { browserLang } from '../../src/ui/lang';
import { MailRoot } from '../../src/ui/mail/Mail';
import { sendRequest } from '../../src/ui/send';

const loadPack = () => sendRequest({ type: 'guide-view' });

render(<MailRoot load={loadPack} fallbackLang={browserLang()} />, document.getElementById('app')!);
