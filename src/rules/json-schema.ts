/** The published JSON Schema of a rules pack, generated from the zod schema. */
import { z } from 'zod';
import { Pack } from './schema';

export function packJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Pack, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://aiguilleur.invalid/rules/schema.json',
    title: 'Aiguilleur rules pack',
  };
}

export const packJsonSchemaText = (): string => `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
