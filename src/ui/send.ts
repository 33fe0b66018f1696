/** The one way the popup and the guide talk to the background. */
import { browser } from 'wxt/browser';
import type { ReplyTo, Request } from '../messages';

/** What the background answers when its handler throws (see src/background/listeners.ts). */
const isErrorReply = (reply: unknown): reply is { error: string } =>
  typeof reply === 'object' && reply !== null && 'error' in reply && Object.keys(reply).length === 1;

/**
 * Sends a request to the background and resolves with its typed reply.
 * Rejects when nobody answers (the worker failed to start) or when the
 * background reports an error, so callers have one failure path.
 */
export async function sendRequest<R extends Request>(req: R): Promise<ReplyTo<R>> {
  const reply: unknown = await browser.runtime.sendMessage(req);
  if (reply === undefined || reply === null) throw new Error(`no reply to "${req.type}"`);
  if (isErrorReply(reply)) throw new Error(`background failed on "${req.type}": ${reply.error}`);
  return reply as ReplyTo<R>;
}
