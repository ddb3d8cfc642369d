import {
  Annotation,
  AnnotationEdit,
  AnnotationInput,
  AnnotationRevision,
  ApiError,
  DeploymentStatus,
  EventCreated,
  EventInput,
  EventPage,
  EventQuery,
  IntelEvent,
} from '@tidewatch/contracts';
import { LoginInput } from '../services/auth/login.ts';
import { TriageInput } from '../services/events/triage-event.ts';
import { body, errorResponse, idParam, json, queryParams, schemaOf } from './openapi-helpers.ts';
import { intelPaths, intelSchemas } from './openapi-intel-paths.ts';
import { reportPaths, reportSchemas } from './openapi-report-paths.ts';

const QUERY_DESCRIPTIONS: Record<keyof typeof EventQuery.shape, string> = {
  kind: 'Comma-separated event kinds, e.g. seizure,interdiction',
  from: 'Earliest occurredAt (ISO 8601 with zone)',
  to: 'Latest occurredAt (ISO 8601 with zone)',
  bbox: 'minLon,minLat,maxLon,maxLat in degrees',
  q: 'Full-text search in title, summary and place',
  limit: 'Page size, 1-500 (default 100)',
  cursor: 'nextCursor of the previous page',
};

/** Routes beyond events: auth, triage, annotations. Each names its zod-generated schema. */
function morePaths() {
  return {
    '/api/v1/auth/login': {
      post: {
        summary: 'Log in with a password; sets the httpOnly session cookie and answers the CSRF token for writes',
        security: [],
        requestBody: body('LoginInput'),
        responses: {
          '200': { description: 'Logged in' },
          '401': errorResponse('Not accepted: unknown user, wrong password or throttled account alike'),
          '429': errorResponse('Too many failures from this address (Retry-After)'),
        },
      },
    },
    '/api/v1/auth/password': {
      post: {
        summary:
          'Change your own password ({currentPassword, newPassword}; send X-CSRF-Token); ends every session of the user',
        responses: {
          '204': { description: 'Changed' },
          '403': errorResponse('Current password not accepted'),
          '422': errorResponse('New password refused, with the reason'),
        },
      },
    },
    '/api/v1/auth/logout': {
      post: { summary: 'End the session (send X-CSRF-Token)', responses: { '204': { description: 'Logged out' } } },
    },
    '/api/v1/deployment': {
      get: {
        summary:
          'Public: whether the published demo credentials work here and whether setup is still to be done (for the sign-in page)',
        security: [],
        responses: { '200': json('DeploymentStatus', 'The status') },
      },
    },
    '/api/v1/auth/me': {
      get: {
        summary: 'Who the session belongs to, its agreements and CSRF token',
        responses: { '200': { description: 'The user' }, '401': errorResponse('No session') },
      },
    },
    '/api/v1/events/count': {
      get: {
        summary: 'Count events matching the filters that the caller may read',
        responses: { '200': { description: '{count}' } },
      },
    },
    '/api/v1/events/export': {
      get: {
        summary: 'Export readable events matching the filters (format=csv|ndjson); audited',
        responses: { '200': { description: 'A file' }, '403': errorResponse('No export permission') },
      },
    },
    '/api/v1/events/{id}/triage': {
      patch: {
        summary: 'Set triage status and assignee; names the version it is based on',
        parameters: [idParam('id')],
        requestBody: body('TriageInput'),
        responses: {
          '200': json('IntelEvent', 'Updated'),
          '409': errorResponse('Changed since baseVersion; detail.current holds it'),
        },
      },
    },
    '/api/v1/annotations/on/{targetType}/{targetId}': {
      get: {
        summary: 'Notes on an event or a vessel (MMSI) that the caller may read',
        parameters: [idParam('targetType'), idParam('targetId')],
        responses: { '200': { description: 'Annotation[]' } },
      },
      post: {
        summary: "Add a note; releasability defaults to the target's",
        parameters: [idParam('targetType'), idParam('targetId')],
        requestBody: body('AnnotationInput'),
        responses: { '201': json('Annotation', 'Created'), '404': errorResponse('No such target for this caller') },
      },
    },
    '/api/v1/annotations/{id}': {
      get: {
        summary: 'One note',
        parameters: [idParam('id')],
        responses: { '200': json('Annotation', 'The note'), '404': errorResponse('Not readable or not there') },
      },
      patch: {
        summary: 'Edit a note (owning agency only)',
        parameters: [idParam('id')],
        requestBody: body('AnnotationEdit'),
        responses: {
          '200': json('Annotation', 'Edited'),
          '409': errorResponse('Stale baseVersion; detail.current holds the current note'),
        },
      },
      delete: {
        summary: 'Soft-delete a note; body {baseVersion}',
        parameters: [idParam('id')],
        responses: { '200': json('Annotation', 'Deleted') },
      },
    },
    '/api/v1/annotations/{id}/history': {
      get: {
        summary: 'Every version of a note',
        parameters: [idParam('id')],
        responses: { '200': { description: 'AnnotationRevision[]' } },
      },
    },
  };
}

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function buildOpenApiDocument(): Record<string, unknown> {
  const queryParameters = queryParams(EventQuery, QUERY_DESCRIPTIONS);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tidewatch API',
      version: '1.0.0',
      description:
        'Shared intelligence events for joint border-security operations. Events are also streamed over ' +
        'Socket.IO at /socket.io: connect with auth {since: <last seq seen>} to resume without gaps.',
    },
    paths: {
      '/api/v1/events': {
        post: {
          summary: 'Submit an intelligence event',
          description:
            'Idempotent when the client supplies an id (UUIDv7 or ULID): the event is stored under that id scoped to the owning agency (the answer names it), and a repeat by the same agency returns its stored event (REL-12).',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/EventInput' } } },
          },
          responses: {
            '201': {
              description: 'Stored and published',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/EventCreated' } } },
            },
            '200': {
              description: 'An event with this id was already stored; nothing new was stored',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/EventCreated' } } },
            },
            '400': errorResponse('Malformed JSON'),
            '413': errorResponse('Body over the size limit'),
            '415': errorResponse('Not application/json'),
            '422': errorResponse('A field broke a rule; `issues` names each field and the reason'),
          },
        },
        get: {
          summary: 'List events, newest first',
          parameters: queryParameters,
          responses: {
            '200': {
              description: 'A page of events',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/EventPage' } } },
            },
            '422': errorResponse('A query parameter broke a rule'),
          },
        },
      },
      '/api/v1/events/{id}': {
        get: {
          summary: 'One event by id',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'The event',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/IntelEvent' } } },
            },
            '404': errorResponse('No such event'),
          },
        },
      },
      ...morePaths(),
      ...reportPaths(),
      ...intelPaths(),
      '/healthz': { get: { summary: 'Liveness: the process answers', responses: { '200': { description: 'Alive' } } } },
      '/readyz': {
        get: {
          summary: 'Readiness: the database (and Redis when configured) answer',
          responses: { '200': { description: 'Ready' }, '503': { description: 'A dependency is down' } },
        },
      },
    },
    components: {
      schemas: {
        EventInput: schemaOf(EventInput, 'input'),
        IntelEvent: schemaOf(IntelEvent, 'output'),
        EventPage: schemaOf(EventPage, 'output'),
        EventCreated: schemaOf(EventCreated, 'output'),
        ApiError: schemaOf(ApiError, 'output'),
        LoginInput: schemaOf(LoginInput, 'input'),
        DeploymentStatus: schemaOf(DeploymentStatus, 'output'),
        TriageInput: schemaOf(TriageInput, 'input'),
        AnnotationInput: schemaOf(AnnotationInput, 'input'),
        AnnotationEdit: schemaOf(AnnotationEdit, 'input'),
        Annotation: schemaOf(Annotation, 'output'),
        AnnotationRevision: schemaOf(AnnotationRevision, 'output'),
        ...reportSchemas(),
        ...intelSchemas(),
      },
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'Agency API key (tw_key_...) or wall-display device token (tw_dev_...)',
        },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'tw_session',
          description: 'Browser session; writes also need the X-CSRF-Token header',
        },
      },
    },
    security: [{ bearer: [] }, { session: [] }],
  };
}
