import { render } from 'preact';
import { browser } from 'wxt/browser';
import { parseSelfCheckResult, type SelfCheckResult } from '../../src/diagnostics/self-check';
import { DiagnosticsRoot } from '../../src/ui/diagnostics/Diagnostics';
import { browserLang } from '../../src/ui/lang';
import { sendRequest } from '../../src/ui/send';

const loadView = () => sendRequest({ type: 'diagnostics-view' });
const runSelfCheck = async (): Promise<SelfCheckResult> => {
  const result = parseSelfCheckResult(await sendRequest({ type: 'self-check' }));
  if (!result) throw new Error('malformed self-check result');
  return result;
};

render(
  <DiagnosticsRoot load={loadView} runSelfCheck={runSelfCheck} guideUrl={browser.runtime.getURL('/options.html')} fallbackLang={browserLang()} />,
  document.getElementById('app')!,
);
