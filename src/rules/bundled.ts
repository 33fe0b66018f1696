/**
 * The pack shipped inside the extension. It is checked at build time, against the public-suffix
 * list too (wxt.config.ts refuses to build an invalid one), so parsing here cannot fail for a built
 * extension; its academy domains are then what every remote layer is held to (`buildBounds`).
 */
import raw from '../../rules/lyon.json';
import type { Pack } from './schema';
import { checkPack, describeErrors } from './validate';

function parseBundled(): Pack {
  const checked = checkPack(raw);
  if (!checked.ok) throw new Error(`rules/lyon.json is invalid:\n${describeErrors(checked.errors)}`);
  return checked.value;
}

export const bundledPack: Pack = parseBundled();
