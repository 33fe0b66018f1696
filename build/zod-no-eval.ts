import type { Plugin } from 'vite';

/**
 * zod probes for `eval` support with `new Function("")` to decide whether to
 * JIT-compile parsers. Extension pages forbid eval by CSP, so the probe can only
 * fail, yet its presence is flagged by Firefox Add-ons' linter (DANGEROUS_EVAL).
 * Replace the probe by its only possible answer in an extension: false.
 */
export function zodNoEval(): Plugin {
  const probe = /const F = Function;\s*new F\(""\);\s*return true;/;
  return {
    name: 'aiguilleur:zod-no-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/.test(id)) return null;
      if (!probe.test(code)) this.error('zod changed its eval probe: update build/zod-no-eval.ts');
      return { code: code.replace(probe, 'return false;'), map: null };
    },
  };
}
