import { z } from 'zod';
import { LOCALES, type Locale, isLocale } from '@tidewatch/contracts/i18n';
import type { RequestContext, ServiceContext } from '../context.ts';
import { forbidden, validationError } from '../errors.ts';

/** What a signed-in user may change about themselves (not role or agency: those are an administrator's). */
export const ProfileInput = z.object({ language: z.enum(LOCALES) }).strict();
export type ProfileInput = z.infer<typeof ProfileInput>;

export interface Profile {
  /** I18N-4: null until the user picks a language; the browser's preferences decide until then. */
  language: Locale | null;
}

/** The stored profile of a user; a value that is no longer a supported language reads as "not chosen". */
export async function readProfile(ctx: ServiceContext, userId: string): Promise<Profile> {
  const user = await ctx.users.findById(userId);
  const language = user?.language;
  return { language: isLocale(language) ? language : null };
}

/** I18N-4: the user's own language, kept on the server so every browser they sign in on speaks it. */
export async function updateProfile({ ctx, input }: { ctx: RequestContext; input: unknown }): Promise<Profile> {
  const { actor } = ctx;
  if (actor.kind !== 'user') throw forbidden('only a signed-in user has a profile');
  const parsed = ProfileInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'profile');
  await ctx.users.update(actor.id, { language: parsed.data.language });
  ctx.audit.record({
    actor,
    action: 'user.profile',
    targetType: 'user',
    targetId: actor.id,
    outcome: 'success',
    detail: { language: parsed.data.language },
  });
  return { language: parsed.data.language };
}
