/**
 * The pack preview's engine, in one chunk the options page loads only when a draft is loaded: the
 * validator (zod and the pack's schema), the matcher, the verdicts and their strings are twice the
 * rest of the page, which every teacher opens for the guide (build/size-budgets.json).
 */
export { DRAFT_MAX_BYTES, readDraftBytes, readDraftText, type Draft, type ReadDraft } from './draft';
export { unconfirmedFacts, type UnconfirmedFact } from './unconfirmed';
export { isWebAddress, noLogin, previewVerdict, type LoginOutcome, type NoLogin, type PreviewAsk, type PreviewVerdict } from './verdict';
