import { z } from 'zod';
import { hashPassword } from '../../auth/passwords.ts';
import { DEMO_PASSWORD } from '../../demo/demo-credentials.ts';
import { CreateAgencyInput, CreateUserInput, passwordRules } from '../admin/admin-inputs.ts';
import { ServiceError, validationError } from '../errors.ts';
import { retireDemoCredentials } from './demo-credentials.ts';
import { SYSTEM_ACTOR, type FirstRunContext } from './first-run-context.ts';

export const FirstAdministratorInput = z
  .object({
    agency: CreateAgencyInput,
    username: CreateUserInput.shape.username,
    displayName: CreateUserInput.shape.displayName,
    password: z.string().refine((p) => p !== DEMO_PASSWORD, 'the published demo password cannot be used'),
  })
  .strict()
  // The same password rules as every account (AUTH-11), the first administrator's above all.
  .superRefine(passwordRules);
export type FirstAdministratorInput = z.infer<typeof FirstAdministratorInput>;

export interface FirstAdministrator {
  id: string;
  username: string;
  agency: string;
}

/**
 * OPS-2. The first agency and platform administrator of a real deployment, once: while an active
 * administrator exists this is refused (conflict) and nothing is written, so the command cannot be used to
 * take over a running deployment. Demo credentials are retired first, so a demo `admin` does not count.
 */
export async function createFirstAdministrator({
  ctx,
  input,
}: {
  ctx: FirstRunContext;
  input: unknown;
}): Promise<FirstAdministrator> {
  const parsed = FirstAdministratorInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'first administrator');
  const { agency, username, displayName, password } = parsed.data;
  await retireDemoCredentials(ctx);
  const passwordHash = await hashPassword(password);
  const result = await ctx.firstRun.createFirstAdministrator(agency, {
    username,
    displayName,
    agencyCode: agency.code,
    role: 'administrator',
    passwordHash,
  });
  if ('refused' in result) {
    ctx.audit.record({
      actor: SYSTEM_ACTOR,
      action: 'setup.first_administrator',
      targetType: 'user',
      outcome: 'denied',
      detail: { reason: result.refused },
    });
    throw result.refused === 'administrator_exists'
      ? new ServiceError(
          'conflict',
          `setup has been done already: the administrator ${result.username} exists; add further users in the web's Admin screen`,
        )
      : new ServiceError('conflict', `the username ${result.username} is taken; choose another`, [
          { path: 'username', message: 'taken' },
        ]);
  }
  const user = result.created;
  ctx.audit.record({
    actor: SYSTEM_ACTOR,
    action: 'setup.first_administrator',
    targetType: 'user',
    targetId: user.id,
    outcome: 'success',
    detail: { username: user.username, agency: user.agencyCode },
  });
  return { id: user.id, username: user.username, agency: user.agencyCode };
}
