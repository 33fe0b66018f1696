import { DiagnosticsRoot } from '../../src/ui/diagnostics/Diagnostics';
import { loadDiagnosticsView, runSelfCheck } from '../../src/ui/diagnostics/load';
import { startPage } from '../../src/ui/start';

startPage(({ fallbackLang, guideUrl }) => <DiagnosticsRoot load={loadDiagnosticsView} runSelfCheck={runSelfCheck} guideUrl={guideUrl} fallbackLang={fallbackLang} />);
