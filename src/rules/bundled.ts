/**
 * The pack shipped inside the extension. It is checked at build time (wxt.config.ts
 * refuses to build an invalid one), so parsing here cannot fail for a built extension.
 */
import raw from '../../rules/lyon.json';
import { Pack } from './schema';

export const bundledPack: Pack = Pack.parse(raw);
