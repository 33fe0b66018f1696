import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { DiagnosticsView } from '../../src/diagnostics/report';
import { parseSelfCheckResult, type SelfCheckResult } from '../../src/diagnostics/self-check';
import { DiagnosticsRoot } from '../../src/ui/diagnostics/Diagnostics';
import { browserLang } from '../../src/ui/lang';
import { sendRequest } from '../../src/ui/send';

// `diagnostics-view` and `self-check` are answered by the background (src/messages.ts
// `Request`/`Replies` gain them when the handler does); until then, a loose signature.
const send = sendRequest as unknown as <T>(req: { type: string }) => Promise<T>;

const loadView = () => send<DiagnosticsView>({ type: 'diagnostics-view' });
const runSelfCheck = async (): Promise<SelfCheckResult> => {
  const result = parseSelfCheckResult(await send<unknown>({ type: 'self-check' }));
  if (!result) throw new Error('malformed self-check result');
  return result;
};

render(
  <DiagnosticsRoot load={loadView} runSelfCheck={runSelfCheck} guideUrl={browser.runtime.getURL('/options.html')} fallbackLang={browserLang()} />,
  document.getElementById('app')!,
);
