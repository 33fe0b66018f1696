import type { Plugin } from 'vite';

/**
 * preact's `dangerouslySetInnerHTML` branch is the only `innerHTML = <value>` write in
 * the popup and guide bundles. We never use that prop, yet the write is flagged by
 * Firefox Add-ons' linter (UNSAFE_VAR_ASSIGNMENT). Make the branch throw instead,
 * so the prop fails loudly if anyone ever uses it.
 */
export function preactNoInnerHtml(): Plugin {
  const write = '(u.innerHTML=h.__html)';
  return {
    name: 'aiguilleur:preact-no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs)$/.test(id)) return null;
      if (!code.includes(write)) this.error('preact changed its innerHTML write: update build/preact-no-inner-html.ts');
      return { code: code.replace(write, '(()=>{throw new Error("dangerouslySetInnerHTML is not allowed")})()'), map: null };
    },
  };
}
