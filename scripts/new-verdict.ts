/**
 * `npm run new:verdict -- <id>`: scaffolds src/verdicts/<id>.ts and its unit test, and
 * registers it (src/verdicts/registry.ts). Both the scaffold's test and the meta-test
 * (tests/unit/verdict-registry.test.ts) fail until the verdict is written, documented
 * (its `when`, then `npm run gen`) and screenshotted (a scenario in scripts/scenarios.ts).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGISTRY_FILE, VERDICTS_DIR, registrySource, verdictModules } from './lib/verdicts';

const id = process.argv[2] ?? '';
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) {
  console.error('usage: npm run new:verdict -- <id>   (kebab-case, e.g. password-expired)');
  process.exit(2);
}
const module = join(VERDICTS_DIR, `${id}.ts`);
const test = join(VERDICTS_DIR, `${id}.test.ts`);
if (existsSync(module) || existsSync(test)) {
  console.error(`${module} or its test already exists`);
  process.exit(1);
}
const key = `v_${id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())}`;

writeFileSync(
  module,
  `import { defineVerdict } from './types';

/** TODO: the situation, in one sentence: where the user is and why it matters. */
export default defineVerdict({
  id: '${id}',
  when: 'TODO: when it is told, in one English line (the README table)',
  severity: 'info',
  // TODO: the verdicts it outranks when both hold (a test draws random tabs and names the missing ones).
  before: [],
  restsOn: [],
  messages: {
    ${key}_headline: { fr: 'TODO', en: 'TODO' },
  },
  detect: () => false, // TODO: from the tab's facts (and the pack's field it rests on)
  popup: ({ t }) => ({ headline: t('${key}_headline'), lines: [] }),
});
`,
);

writeFileSync(
  test,
  `import { describe, expect, it } from 'vitest';
import { factsFor, tabView } from '../background/views';
import { compileMatcher } from '../match/compile';
import { bundledPack as pack } from '../rules/bundled';

const matcher = compileMatcher(pack);
// TODO: a page where the user is in this situation (its fixture page too, for the e2e case and the screenshot).
const facts = factsFor(matcher, 'https://TODO.ac-lyon.fr/', { passwordField: false, inboxMarkers: false });

describe('${id}', () => {
  it.each(['fr', 'en'] as const)('is the verdict of its situation, told in %s', (lang) => {
    const view = tabView(facts, pack, lang);
    expect(view.verdict).toBe('${id}');
    expect([view.headline, ...view.lines].join(' ')).not.toMatch(/TODO|\\$\\d|v_[a-z]/);
  });
});
`,
);

writeFileSync(REGISTRY_FILE, registrySource(verdictModules()));
console.log(`${module} and ${test} written; ${REGISTRY_FILE} updated.
Next: write its detection, telling and 'when'; run \`npm run gen\` (README table, locales); add its scenario to scripts/scenarios.ts; add its pack field, fixture page and e2e case.`);
