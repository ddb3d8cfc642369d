import {
  AlertQuery,
  AreaInput,
  AreaOfInterest,
  Consignment,
  ConsignmentIngestResult,
  ConsignmentInput,
  ConsignmentQuery,
  DerivedAlert,
  MovementInput,
  RetireInput,
  Watchlist,
  WatchlistEdit,
  WatchlistEntry,
  WatchlistEntryChange,
  WatchlistEntryEdit,
  WatchlistEntryInput,
  WatchlistEntryPage,
  WatchlistEntryQuery,
  WatchlistImportResult,
  WatchlistInput,
  WatchlistQuery,
} from '@tidewatch/contracts';
import { body, errorResponse, idParam, json, jsonList, queryParams, schemaOf } from './openapi-helpers.ts';

const notReadable = errorResponse('Not there, or not released to the caller');
const invalid = errorResponse('A field broke a rule; `issues` names each field and the reason');
const stale = errorResponse('Changed since baseVersion; detail.current holds it');
const csvBody = (description: string) => ({
  required: true,
  description,
  content: { 'text/csv': { schema: { type: 'string' } } },
});
const list = idParam('id', 'Watchlist id');
const entry = idParam('entryId', 'Entry id');

/** Watchlists, derived alerts, areas of interest and cargo (issue 5), from the contracts their routes validate with. */
export function intelPaths() {
  return {
    '/api/v1/watchlists': {
      get: {
        summary: 'Watchlists the caller may read',
        parameters: queryParams(WatchlistQuery),
        responses: { '200': jsonList('Watchlist', 'The lists'), '422': invalid },
      },
      post: {
        summary: "Create a watchlist owned by the caller's agency",
        requestBody: body('WatchlistInput'),
        responses: { '201': json('Watchlist', 'Created'), '422': invalid },
      },
    },
    '/api/v1/watchlists/entries/search': {
      get: {
        summary: 'Search entries across every readable list',
        parameters: queryParams(WatchlistEntryQuery),
        responses: { '200': json('WatchlistEntryPage', 'A page of entries') },
      },
    },
    '/api/v1/watchlists/{id}': {
      get: {
        summary: 'One watchlist',
        parameters: [list],
        responses: { '200': json('Watchlist', 'The list'), '404': notReadable },
      },
      patch: {
        summary: 'Edit a watchlist (owning agency)',
        parameters: [list],
        requestBody: body('WatchlistEdit'),
        responses: { '200': json('Watchlist', 'Edited'), '409': stale },
      },
    },
    '/api/v1/watchlists/{id}/retire': {
      post: {
        summary: 'Retire a watchlist; it stops matching',
        parameters: [list],
        requestBody: body('RetireInput'),
        responses: { '200': json('Watchlist', 'Retired'), '409': stale },
      },
    },
    '/api/v1/watchlists/{id}/entries': {
      get: {
        summary: 'Entries of one list',
        parameters: [list, ...queryParams(WatchlistEntryQuery)],
        responses: { '200': json('WatchlistEntryPage', 'A page of entries') },
      },
      post: {
        summary: 'Add an entry (vessel, container, organisation or person)',
        parameters: [list],
        requestBody: body('WatchlistEntryInput'),
        responses: { '201': json('WatchlistEntry', 'Added'), '422': invalid },
      },
    },
    '/api/v1/watchlists/{id}/entries/{entryId}': {
      get: {
        summary: 'One entry',
        parameters: [list, entry],
        responses: { '200': json('WatchlistEntry', 'The entry'), '404': notReadable },
      },
      patch: {
        summary: 'Edit an entry',
        parameters: [list, entry],
        requestBody: body('WatchlistEntryEdit'),
        responses: { '200': json('WatchlistEntry', 'Edited'), '409': stale },
      },
    },
    '/api/v1/watchlists/{id}/entries/{entryId}/retire': {
      post: {
        summary: 'Retire an entry',
        parameters: [list, entry],
        requestBody: body('RetireInput'),
        responses: { '200': json('WatchlistEntry', 'Retired'), '409': stale },
      },
    },
    '/api/v1/watchlists/{id}/entries/{entryId}/history': {
      get: {
        summary: 'Every change of an entry',
        parameters: [list, entry],
        responses: { '200': jsonList('WatchlistEntryChange', 'Oldest first') },
      },
    },
    '/api/v1/watchlists/{id}/import': {
      post: {
        summary: 'Import entries from CSV (header row required); every refused row is named',
        parameters: [list],
        requestBody: csvBody('kind,mmsi,imo,name,call_sign,container_number,country,reason,expires_at'),
        responses: {
          '200': json('WatchlistImportResult', 'Imported'),
          '413': errorResponse('Over 20 MB'),
          '415': errorResponse('Not text/csv'),
        },
      },
    },
    '/api/v1/watchlists/{id}/export': {
      get: {
        summary: 'Export the list as CSV; audited',
        parameters: [list],
        responses: { '200': { description: 'A CSV file', content: { 'text/csv': { schema: { type: 'string' } } } } },
      },
    },
    '/api/v1/alerts': {
      get: {
        summary: 'Derived vessel alerts the caller may read, newest first',
        parameters: queryParams(AlertQuery),
        responses: { '200': jsonList('DerivedAlert', 'The alerts'), '422': invalid },
      },
    },
    '/api/v1/alerts/{eventId}': {
      get: {
        summary: 'One alert with its evidence tracks',
        parameters: [idParam('eventId', "The alert's event id")],
        responses: { '200': json('DerivedAlert', 'The alert'), '404': notReadable },
      },
    },
    '/api/v1/areas': {
      get: {
        summary: 'Areas of interest the caller may read',
        responses: { '200': jsonList('AreaOfInterest', 'The areas') },
      },
      post: {
        summary: 'Draw an area of interest',
        requestBody: body('AreaInput'),
        responses: { '201': json('AreaOfInterest', 'Created'), '422': invalid },
      },
    },
    '/api/v1/areas/{id}': {
      get: {
        summary: 'One area',
        parameters: [idParam('id')],
        responses: { '200': json('AreaOfInterest', 'The area'), '404': notReadable },
      },
    },
    '/api/v1/areas/{id}/retire': {
      post: {
        summary: 'Retire an area (owning agency)',
        parameters: [idParam('id')],
        responses: { '200': json('AreaOfInterest', 'Retired') },
      },
    },
    '/api/v1/cargo/consignments': {
      get: {
        summary: 'Consignments the caller may read, highest risk first',
        parameters: queryParams(ConsignmentQuery),
        responses: { '200': jsonList('Consignment', 'The consignments'), '422': invalid },
      },
      post: {
        summary: 'Submit manifests: one ConsignmentInput, a JSON array of them, or CSV; each is scored on arrival',
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/ConsignmentInput' } },
            'text/csv': { schema: { type: 'string' } },
          },
        },
        responses: {
          '201': json('ConsignmentIngestResult', 'At least one stored'),
          '200': json('ConsignmentIngestResult', 'Nothing new stored'),
          '413': errorResponse('Over 20 MB'),
        },
      },
    },
    '/api/v1/cargo/consignments/{id}': {
      get: {
        summary: 'One consignment with its risk factors',
        parameters: [idParam('id')],
        responses: { '200': json('Consignment', 'The consignment'), '404': notReadable },
      },
    },
    '/api/v1/cargo/consignments/{id}/movements': {
      post: {
        summary: 'Record a movement (loaded, arrived, held, seized, ...)',
        parameters: [idParam('id')],
        requestBody: body('MovementInput'),
        responses: { '201': json('Consignment', 'Recorded'), '422': invalid },
      },
    },
    '/api/v1/cargo/consignments/{id}/rescore': {
      post: {
        summary: 'Score again with the current rules and watchlists',
        parameters: [idParam('id')],
        responses: { '200': json('Consignment', 'Rescored') },
      },
    },
  };
}

export function intelSchemas(): Record<string, Record<string, unknown>> {
  return {
    WatchlistInput: schemaOf(WatchlistInput, 'input'),
    WatchlistEdit: schemaOf(WatchlistEdit, 'input'),
    RetireInput: schemaOf(RetireInput, 'input'),
    Watchlist: schemaOf(Watchlist, 'output'),
    WatchlistEntryInput: schemaOf(WatchlistEntryInput, 'input'),
    WatchlistEntryEdit: schemaOf(WatchlistEntryEdit, 'input'),
    WatchlistEntry: schemaOf(WatchlistEntry, 'output'),
    WatchlistEntryPage: schemaOf(WatchlistEntryPage, 'output'),
    WatchlistEntryChange: schemaOf(WatchlistEntryChange, 'output'),
    WatchlistImportResult: schemaOf(WatchlistImportResult, 'output'),
    DerivedAlert: schemaOf(DerivedAlert, 'output'),
    AreaInput: schemaOf(AreaInput, 'input'),
    AreaOfInterest: schemaOf(AreaOfInterest, 'output'),
    ConsignmentInput: schemaOf(ConsignmentInput, 'input'),
    MovementInput: schemaOf(MovementInput, 'input'),
    Consignment: schemaOf(Consignment, 'output'),
    ConsignmentIngestResult: schemaOf(ConsignmentIngestResult, 'output'),
  };
}
