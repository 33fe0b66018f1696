/**
 * What the build writes from the selected pack besides the code: the locales the manifest reads (the
 * extension's name and description) and the managed-storage schema's examples. `npm run gen` writes
 * the default pack's into public/ (unit tests compare); the build writes the selected pack's into the
 * extension (wxt.config.ts, `build:publicAssets`), so public/ never has to change for another académie.
 */
import { catalog } from '../src/catalog';
import { fill, type Catalog } from '../src/i18n/translate';
import { localeFiles } from '../src/i18n/locales-files';
import { managedSchemaText, type ManagedExamples } from '../src/policy/chrome-schema';
import { extensionIdentity } from '../src/rules/extension-schema';
import type { Pack } from '../src/rules/schema';

/** The catalog with the manifest's strings made from the pack: its name, and its mail domain in the description. */
export function packCatalog(pack: Pack): Catalog {
  const { extDescription } = catalog;
  // extName first, where the manifest's strings are; extDescription keeps its place.
  return {
    extName: extensionIdentity(pack).name,
    ...catalog,
    extDescription: { fr: fill(extDescription.fr, [pack.academy.mailDomain]), en: fill(extDescription.en, [pack.academy.mailDomain]) },
  };
}

export const packLocaleFiles = (pack: Pack) => localeFiles(packCatalog(pack));

/** Addresses in the academy's own domains; the help and hosted-rules hosts are examples only, named as such. */
export function managedExamples(pack: Pack): ManagedExamples {
  const { academy } = pack;
  return {
    webmailUrl: pack.webmail.url.value,
    assistanceUrl: `https://assistance.${academy.mailDomain}/`,
    institutionName: `${academy.name.fr} — DSI`,
    rulesUrl: `https://rules.${academy.domains[0]}/aiguilleur/${academy.id}.json`,
  };
}

export const packManagedSchemaText = (pack: Pack): string => managedSchemaText(managedExamples(pack));
