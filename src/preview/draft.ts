/**
 * A draft pack as the options page's preview reads it: the project's validator, every error with
 * its JSON path, line and column (the locating reader the options page carries), and the matcher
 * compiled from it. Not the public-suffix list (48 KB gzip: the build and `npm run validate-rules`
 * check it), nor the bounds the extension puts on a hosted pack: the page says so.
 */
import { HOSTED_MAX_BYTES } from '../policy/hosted-pack';
import { compileMatcher, type CompiledMatcher } from '../match/compile';
import { readJsonText } from '../rules/json-text';
import type { Pack } from '../rules/schema';
import { checkPackBytes, checkPackText, type FieldError, type PackScope } from '../rules/validate';

/** A draft larger than a hosted pack may be is refused before it is read. */
export const DRAFT_MAX_BYTES = HOSTED_MAX_BYTES;

const LOCATED: PackScope = { read: readJsonText };

/** A valid draft, ready to judge URLs with. */
export interface Draft {
  pack: Pack;
  matcher: CompiledMatcher;
}

export type ReadDraft = { ok: true; draft: Draft } | { ok: false; errors: FieldError[] } | { ok: false; tooLarge: number };

const ready = (pack: Pack): ReadDraft => ({ ok: true, draft: { pack, matcher: compileMatcher(pack) } });

/** A draft pasted as text. */
export function readDraftText(text: string): ReadDraft {
  if (text.length > DRAFT_MAX_BYTES) return { ok: false, tooLarge: text.length };
  const checked = checkPackText(text, LOCATED);
  return checked.ok ? ready(checked.value) : { ok: false, errors: checked.errors };
}

/** A draft read from a file: UTF-8 required, as for a hosted pack. */
export function readDraftBytes(bytes: Uint8Array): ReadDraft {
  if (bytes.length > DRAFT_MAX_BYTES) return { ok: false, tooLarge: bytes.length };
  const checked = checkPackBytes(bytes, LOCATED);
  return checked.ok ? ready(checked.value) : { ok: false, errors: checked.errors };
}
