/**
 * axe-core inside a page: the library's source is evaluated in the page (no network, no
 * script tag, so extension pages' CSP does not matter), then `axe.run` on a context.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ROOT } from './paths';

let source: string | null = null;
function axeSource(): string {
  source ??= readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  return source;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; html: string; failureSummary?: string }[];
}

/**
 * Run axe in `page` (axe's default rule set unless `tags` narrows it). `context` is an axe context: `document` when omitted; for the banner
 * pass `{ include: [['aiguilleur-banner']] }` (axe walks into open shadow roots of included hosts).
 */
export async function runAxe(page: Page, context?: unknown, tags?: string[]): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as any).axe?.run === 'function');
  if (!loaded) await page.evaluate(axeSource());
  return page.evaluate(
    async (ctx: unknown, runOnly: string[] | null) => {
      const axe = (globalThis as any).axe;
      // Without tags: axe's default set (every WCAG A/AA rule and the best practices).
      const options = runOnly ? { runOnly: { type: 'tag', values: runOnly }, resultTypes: ['violations'] } : { resultTypes: ['violations'] };
      const result = await axe.run(ctx ?? document, options);
      // A context that matched nothing passes every rule vacuously: refuse that.
      if (result.passes.length === 0 && result.violations.length === 0) {
        throw new Error(`axe checked nothing in ${JSON.stringify(ctx ?? 'document')} (no rule applied)`);
      }
      return result.violations.map((v: any) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n: any) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
      }));
    },
    (context ?? null) as any,
    tags ?? null,
  );
}

export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.html.slice(0, 160)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`).join('\n')}`)
    .join('\n');
}
