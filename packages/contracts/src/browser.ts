import { z } from 'zod';

/**
 * Imported first by a browser page, before any schema exists. zod probes for eval (`Function('')`) when it
 * builds object schemas, to compile fast parsers; under the dashboard's Content-Security-Policy (no
 * 'unsafe-eval', SEC-1) the probe fails harmlessly but is reported as a violation on every load. The server
 * does not import this and keeps the compiled parsers.
 */
z.config({ jitless: true });
