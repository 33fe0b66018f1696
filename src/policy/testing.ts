/** Test helpers for src/policy: an in-memory storage area and fake fetch answers. */
import type { LocalArea } from './hosted-pack';

/** An in-memory `storage.local`, with the same copy-on-write behaviour (values are cloned in and out). */
export function memoryArea(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  const writes: string[] = [];
  const area: LocalArea = {
    async get(keys) {
      const list = keys === null ? Object.keys(data) : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) {
        writes.push(k);
        data[k] = structuredClone(v);
      }
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) {
        writes.push(k);
        delete data[k];
      }
    },
  };
  return { area, data, writes };
}

/** A response whose body arrives in chunks, recording whether it was cancelled. */
export function streamedResponse(chunks: Uint8Array[], init: ResponseInit = {}) {
  const state = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[state.pulled++];
      if (next) controller.enqueue(next);
      else controller.close();
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { response: new Response(body, init), state };
}
