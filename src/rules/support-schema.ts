/**
 * The pack's account-help part (`support`): where to get a forgotten password
 * reset, each department's IT service, and when to remind a new user to complete
 * the first login before the temporary password is likely to expire.
 *
 * Built by a factory from schema.ts's primitives: schema.ts imports this file, so
 * a run-time import back from it would be a cycle (whichever module loads first
 * would see the other's constants still uninitialised). Only types come from
 * schema.ts here, and type imports are erased.
 */
import { z } from 'zod';
import type { Department as DepartmentSchema, HttpsUrl as HttpsUrlSchema, Text as TextSchema, fact as factFn } from './schema';

/** What the support asks for a reset, in the order the page lists them. */
export const HAVE_AT_HAND = ['numen', 'birthDate', 'backupEmail'] as const;
export type HaveAtHand = (typeof HAVE_AT_HAND)[number];

export interface SupportParts {
  fact: typeof factFn;
  Text: typeof TextSchema;
  Department: typeof DepartmentSchema;
  HttpsUrl: typeof HttpsUrlSchema;
}

export function supportSchema({ fact, Text, Department, HttpsUrl }: SupportParts) {
  const Contact = z
    .object({
      url: HttpsUrl.optional(),
      email: z.email().optional(),
      phone: z
        .string()
        .regex(/^\+?[0-9][0-9 .]{5,19}$/, 'v_phone')
        .optional(),
    })
    .strict()
    .describe('how to reach the service; every field is optional, and {} means that no contact detail is known');

  const DepartmentIt = z
    .object({
      department: Department,
      service: Text.describe('name of the service, e.g. "Service informatique de la DSDEN de l\'Ain"'),
      seat: fact(z.string().min(1)).describe('town where the service sits'),
      contact: fact(Contact).describe('never invent one: leave {} with confidence "guess" and a note when it is not known'),
    })
    .strict();

  const Days = z.number().int().min(1).max(365);

  return z
    .object({
      resetPortal: z
        .object({
          name: Text.describe('the link text'),
          url: fact(HttpsUrl).describe('where to ask for a reset when a backup e-mail address is on file'),
          haveAtHand: fact(z.array(z.enum(HAVE_AT_HAND)).min(1)).describe('what the support asks for'),
        })
        .strict()
        .describe('the reset route for users with a backup e-mail address'),
      departmentIt: z
        .array(DepartmentIt)
        .min(1)
        .describe('the reset route without a backup e-mail address: the IT service of the department'),
      tempPassword: fact(
        z
          .object({
            remindFromDays: Days.describe('days after receiving the temporary password from which to remind the user'),
            urgentFromDays: Days.describe('days after which the reminder becomes urgent'),
          })
          .strict()
          .refine((d) => d.urgentFromDays > d.remindFromDays, {
            message: 'v_days_order',
            path: ['urgentFromDays'],
          }),
      ).describe('when to remind a user to complete the first login; the real expiry delay is not published'),
    })
    .strict()
    .superRefine((support, ctx) => {
      const seen = new Map<string, number>();
      support.departmentIt.forEach((d, i) => {
        const first = seen.get(d.department);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['departmentIt', i, 'department'],
            message: 'v_duplicate_department',
            params: { subs: [d.department, first] },
          });
        } else seen.set(d.department, i);
      });
    });
}
