import { render } from 'preact';
import { GuideRoot } from '../../src/ui/guide/Guide';
import { MorePagesRoot } from '../../src/ui/guide/MorePages';
import { InstitutionRoot } from '../../src/ui/institution/Institution';
import { browserLang } from '../../src/ui/lang';
import { sendRequest } from '../../src/ui/send';

const loadGuide = () => sendRequest({ type: 'guide-view' });

render(<GuideRoot load={loadGuide} fallbackLang={browserLang()} />, document.getElementById('app')!);
render(<MorePagesRoot load={loadGuide} fallbackLang={browserLang()} />, document.getElementById('more-root')!);
render(
  <InstitutionRoot load={() => sendRequest({ type: 'institution-view' })} fallbackLang={browserLang()} />,
  document.getElementById('institution-root')!,
);
