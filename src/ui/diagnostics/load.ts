/** What the diagnostics page asks the background: its view, and the self-check on the user's click. */
import { parseSelfCheckResult, type SelfCheckResult } from '../../diagnostics/self-check';
import type { DiagnosticsView } from '../../diagnostics/report';
import { sendRequest } from '../send';

export const loadDiagnosticsView = (): Promise<DiagnosticsView> => sendRequest({ type: 'diagnostics-view' });

export async function runSelfCheck(): Promise<SelfCheckResult> {
  const result = parseSelfCheckResult(await sendRequest({ type: 'self-check' }));
  if (!result) throw new Error('malformed self-check result');
  return result;
}
