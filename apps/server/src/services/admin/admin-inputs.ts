import { z } from 'zod';
import { AgencyCode } from '@tidewatch/contracts';
import { API_KEY_SCOPES, ROLES } from '../../auth/actor.ts';
import { passwordProblem } from '../../auth/password-policy.ts';

export const CreateAgencyInput = z
  .object({
    code: AgencyCode,
    name: z.string().trim().min(2).max(120),
    country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 code'),
  })
  .strict();
/** AUTH-11, for every schema that sets a password: the issue lands on `password`, with the reason. */
export function passwordRules(
  { password, username }: { password: string; username: string },
  issues: z.RefinementCtx,
): void {
  const problem = passwordProblem(password, username);
  if (problem) issues.addIssue({ code: 'custom', path: ['password'], message: problem });
}

export const CreateUserInput = z
  .object({
    username: z
      .string()
      .trim()
      .min(3)
      .max(60)
      .regex(/^[a-z0-9._-]+$/, 'lower-case letters, digits, . _ -'),
    displayName: z.string().trim().min(1).max(120),
    agency: AgencyCode,
    role: z.enum(ROLES),
    password: z.string(),
  })
  .strict()
  .superRefine(passwordRules);
export const UpdateUserInput = z
  .object({
    role: z.enum(ROLES).optional(),
    displayName: z.string().trim().min(1).max(120).optional(),
    disabled: z.boolean().optional(),
  })
  .strict();
export const CreateApiKeyInput = z
  .object({
    agency: AgencyCode,
    name: z.string().trim().min(1).max(120),
    kind: z.enum(['api', 'device', 'tak']),
    scopes: z.array(z.enum(API_KEY_SCOPES)).max(API_KEY_SCOPES.length).default(['events:read']),
    /** COT-6: the unit a TAK device reports for (its SA moves it); only for kind `tak`, a unit of the agency. */
    unitId: z.string().uuid().optional(),
  })
  .strict();
export const CreateSharingGroupInput = z
  .object({
    code: z.string().regex(/^[a-z0-9][a-z0-9-]{1,47}$/),
    name: z.string().trim().min(2).max(120),
    description: z.string().max(1000).default(''),
    members: z.array(AgencyCode).min(2, 'an agreement binds at least two agencies').max(64),
  })
  .strict();
