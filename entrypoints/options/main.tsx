import { GuideRoot } from '../../src/ui/guide/Guide';
import { InstitutionRoot } from '../../src/ui/institution/Institution';
import { PackPreview } from '../../src/ui/preview/PackPreview';
import { sendRequest } from '../../src/ui/send';
import { startPage } from '../../src/ui/start';

// One page: the institution's settings, then the pack preview for IT staff (a draft held in this
// page only), sit in the guide's column, after its sections, in the guide's language.
const loadInstitution = () => sendRequest({ type: 'institution-view' });

startPage(({ fallbackLang }) => (
  <GuideRoot load={() => sendRequest({ type: 'guide-view' })} fallbackLang={fallbackLang} send={sendRequest}>
    {(lang) => (
      <>
        <InstitutionRoot load={loadInstitution} fallbackLang={fallbackLang} />
        <PackPreview lang={lang} />
      </>
    )}
  </GuideRoot>
));
