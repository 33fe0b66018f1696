/**
 * The pack shipped inside the extension. It is checked at build time, against the public-suffix
 * list too (wxt.config.ts refuses to build an invalid one); its academy domains are then what
 * every remote layer is held to (`buildBounds`).
 *
 * What ships is the pack already parsed (`npm run gen` writes src/rules/bundled-pack.json from
 * rules/lyon.json through the schema), so the worker does not run zod over it at each wake; the
 * build and tests/unit/pack.test.ts fail when that file is not exactly the schema's output.
 */
import parsed from './bundled-pack.json';
import type { Pack } from './schema';

// The JSON's inferred type widens the schema's literal unions (a confidence is `string` there):
// tests/unit/pack.test.ts checks that it is exactly what a parse gives.
export const bundledPack = parsed as unknown as Pack;
