import { OpenAPIHono, type z } from '@hono/zod-openapi';
import type { Context, Env } from 'hono';
import { invalidInput } from '../../services/error-response.ts';
import { validationError } from '../../services/errors.ts';
import type { AppEnv } from '../request-context.ts';

/**
 * What a request that breaks its route's declared schema is answered, in the shape the services answer it
 * (VAL-1): a bad path parameter is a 400 naming it, as the UUID check always answered; a bad query or body is
 * the services' 422 `validation_failed` with an issue per field, thrown so the one error mapping in app.ts
 * writes it.
 */
function answerInvalidRequest(
  result: { target: string } & ({ success: true } | { success: false; error: z.ZodError }),
  c: Context,
): Response | undefined {
  if (result.success) return undefined;
  if (result.target === 'param') {
    const issue = result.error.issues[0];
    return c.json(invalidInput(String(issue?.path[0] ?? '(path)'), issue?.message ?? 'invalid'), 400);
  }
  throw validationError(result.error, result.target === 'query' ? 'query' : 'body');
}

/** A router whose routes declare their schemas once: they validate requests and generate the OpenAPI document. */
export function apiRouter<E extends Env = AppEnv>(): OpenAPIHono<E> {
  return new OpenAPIHono<E>({ defaultHook: answerInvalidRequest });
}
