import { render } from 'preact';
import { GuideRoot } from '../../src/ui/guide/Guide';
import { browserLang } from '../../src/ui/lang';
import { sendRequest } from '../../src/ui/send';

const loadGuide = () => sendRequest({ type: 'guide-view' });

render(<GuideRoot load={loadGuide} fallbackLang={browserLang()} />, document.getElementById('app')!);
