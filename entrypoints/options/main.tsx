import { GuideRoot } from '../../src/ui/guide/Guide';
import { MorePagesRoot } from '../../src/ui/guide/MorePages';
import { InstitutionRoot } from '../../src/ui/institution/Institution';
import { sendRequest } from '../../src/ui/send';
import { startPage } from '../../src/ui/start';

const loadGuide = () => sendRequest({ type: 'guide-view' });

startPage(({ fallbackLang }) => [
  <GuideRoot load={loadGuide} fallbackLang={fallbackLang} send={sendRequest} />,
  <MorePagesRoot load={loadGuide} fallbackLang={fallbackLang} />,
  <InstitutionRoot load={() => sendRequest({ type: 'institution-view' })} fallbackLang={fallbackLang} />,
]);
