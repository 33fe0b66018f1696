/**
 * What only a distribution of the extension needs from a pack (`academy.extension`): its name, its
 * ids in the browsers' stores, its address-bar keyword. Read at build time only (build/selected-pack.ts
 * puts them in the manifest and the locales); the worker never reads them, so a hosted pack that
 * says otherwise changes nothing once installed. Every field is optional: `extensionIdentity` derives
 * what is missing from the rest of the pack, so that a pack for another académie builds as is.
 */
import { z } from 'zod';

/**
 * The ids Firefox and addons.mozilla.org accept: a GUID in braces or an e-mail-like `name@domain`,
 * at most 80 characters. An extension's data is kept under its id: changing it loses every setting.
 */
const GECKO_ID_RE = /^(\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}|[a-zA-Z0-9._-]*@[a-zA-Z0-9._-]+)$/;

/** A name in the store and the browser's extension list; Chrome refuses a manifest name over 75 characters. */
const ExtensionName = z.string().min(1).max(75);

export const extensionSchema = z
  .object({
    name: z
      .object({ fr: ExtensionName, en: ExtensionName })
      .strict()
      .optional()
      .describe('the extension\'s name in French and English (at most 75 characters); default "Aiguilleur — " and academy.name'),
    geckoId: z
      .string()
      .max(80, 'v_gecko_id')
      .regex(GECKO_ID_RE, 'v_gecko_id')
      .optional()
      .describe('Firefox\'s id for the extension (e-mail-like or a {GUID}); default "aiguilleur@ac-<academy.id>.extension". Never change it once published: the browser keeps the users\' data under it'),
    omniboxKeyword: z
      .string()
      .regex(/^\S{1,20}$/, 'v_keyword')
      .optional()
      .describe('the address-bar keyword (no space, at most 20 characters); default "ac"'),
    chromeKey: z
      .string()
      .regex(/^[A-Za-z0-9+/]{40,}={0,2}$/, 'v_chrome_key')
      .optional()
      .describe('for self-hosting in Chrome: the public key (base64 of the DER-encoded key, as Chrome writes it in the manifest\'s "key"), which fixes the extension\'s Chrome id; absent: the store gives the id'),
  })
  .strict()
  .describe('what the build for this académie takes from the pack (read at build time only)');

/** The distribution's identity, every default filled. */
export interface ExtensionIdentity {
  name: { fr: string; en: string };
  geckoId: string;
  omniboxKeyword: string;
  chromeKey: string | undefined;
}

/** The fields `extensionIdentity` reads: the academy's id and name, and its `extension` block. */
interface AcademyPart {
  academy: { id: string; name: { fr: string; en: string }; extension?: z.infer<typeof extensionSchema> | undefined };
}

/**
 * The name, ids and keyword of the build for this pack. The Gecko id's default is the one the Lyon
 * build has always had (`aiguilleur@ac-lyon.extension`): installed users keep their data.
 */
export function extensionIdentity({ academy }: AcademyPart): ExtensionIdentity {
  const own = academy.extension ?? {};
  return {
    name: own.name ?? { fr: `Aiguilleur — ${academy.name.fr}`, en: `Aiguilleur — ${academy.name.en}` },
    geckoId: own.geckoId ?? `aiguilleur@ac-${academy.id}.extension`,
    omniboxKeyword: own.omniboxKeyword ?? 'ac',
    chromeKey: own.chromeKey,
  };
}
