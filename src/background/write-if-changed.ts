/**
 * Storage writes for state that changes rarely but is saved on hot paths (navigation events):
 * a write happens only when the items differ from the last ones this writer wrote.
 */
export function writeIfChanged(area: { set(items: Record<string, unknown>): Promise<void> }) {
  let written = '';
  return async (items: Record<string, unknown>): Promise<void> => {
    const text = JSON.stringify(items);
    if (text === written) return;
    await area.set(items);
    written = text;
  };
}
