import { GuideRoot } from '../../src/ui/guide/Guide';
import { InstitutionRoot } from '../../src/ui/institution/Institution';
import { sendRequest } from '../../src/ui/send';
import { startPage } from '../../src/ui/start';

// One page: the institution's settings sit in the guide's column, after its sections.
startPage(({ fallbackLang }) => (
  <GuideRoot load={() => sendRequest({ type: 'guide-view' })} fallbackLang={fallbackLang} send={sendRequest}>
    <InstitutionRoot load={() => sendRequest({ type: 'institution-view' })} fallbackLang={fallbackLang} />
  </GuideRoot>
));
