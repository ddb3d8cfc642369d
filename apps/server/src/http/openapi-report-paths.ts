import {
  AcknowledgeSummaryInput,
  DailySummary,
  SeizureDrillDownPage,
  SeizureDrillDownQuery,
  SeizuresByGroup,
  SeizuresByQuery,
  SeizuresCompareQuery,
  SeizuresComparison,
  SeizuresOverTime,
  SeizuresOverTimeQuery,
  SummaryList,
  SummaryListQuery,
  SummaryMapQuery,
  SummaryPrintQuery,
  SummaryRegenerated,
  SummaryRevisionQuery,
  TrendSettings,
} from '@tidewatch/contracts';
import { body, errorResponse, idParam, json, queryParams, schemaOf } from './openapi-helpers.ts';

const invalid = errorResponse('A query parameter broke a rule; `issues` names it and the reason');
const date = idParam('date', 'The local date (YYYY-MM-DD) at which the summary period ends');
const document = (type: string, description: string) => ({
  description,
  content: { [type]: { schema: { type: 'string', ...(type === 'application/pdf' ? { format: 'binary' } : {}) } } },
});
/** DATA-3: the POST form of a trend query takes the GET form's parameters as a JSON body. */
const postForm = (query: Parameters<typeof schemaOf>[0], response: ReturnType<typeof json>) => ({
  summary:
    'The same query with its filters as a JSON body, for an area too large for a URL; lists may be arrays and `area` a GeoJSON object',
  requestBody: { required: true, content: { 'application/json': { schema: schemaOf(query, 'input') } } },
  responses: { '200': response, '413': errorResponse('The body is over 256 KB'), '422': invalid },
});
const byGroup = (what: string) => ({
  get: {
    summary: `Seizures ${what}, largest first; the rest summed in otherTotal`,
    parameters: queryParams(SeizuresByQuery),
    responses: { '200': json('SeizuresByGroup', 'Rows'), '422': invalid },
  },
  post: postForm(SeizuresByQuery, json('SeizuresByGroup', 'Rows')),
});

/** Seizure trends (issue 6 §1) and daily summaries (issue 6 §2): every figure counts only what the caller may read. */
export function reportPaths() {
  return {
    '/api/v1/trends/settings': {
      get: {
        summary: 'The operations time zone that trends bucket in when a query names none (SUMMARY_TZ)',
        responses: { '200': json('TrendSettings', 'The settings') },
      },
    },
    '/api/v1/trends/seizures/over-time': {
      get: {
        summary: 'Seizures per day, week or month by commodity, a slot for every bucket',
        parameters: queryParams(SeizuresOverTimeQuery),
        responses: { '200': json('SeizuresOverTime', 'The series'), '422': invalid },
      },
      post: postForm(SeizuresOverTimeQuery, json('SeizuresOverTime', 'The series')),
    },
    '/api/v1/trends/seizures/by-agency': byGroup('by owning agency'),
    '/api/v1/trends/seizures/by-place': byGroup('by port or area'),
    '/api/v1/trends/seizures/by-route': byGroup('by route (origin → destination)'),
    '/api/v1/trends/seizures/compare': {
      get: {
        summary: 'This period against the one before and the same period a year earlier',
        parameters: queryParams(SeizuresCompareQuery),
        responses: { '200': json('SeizuresComparison', 'The three periods'), '422': invalid },
      },
      post: postForm(SeizuresCompareQuery, json('SeizuresComparison', 'The three periods')),
    },
    '/api/v1/trends/seizures/events': {
      get: {
        summary: 'The seizures behind one bar (bucket + bucketStart, or dimension + key), newest first, paged',
        parameters: queryParams(SeizureDrillDownQuery),
        responses: { '200': json('SeizureDrillDownPage', 'A page of seizures'), '422': invalid },
      },
      post: postForm(SeizureDrillDownQuery, json('SeizureDrillDownPage', 'A page of seizures')),
    },
    '/api/v1/summaries': {
      get: {
        summary: "Daily summaries of the caller's agency, newest first",
        parameters: queryParams(SummaryListQuery),
        responses: { '200': json('SummaryList', 'The days') },
      },
    },
    '/api/v1/summaries/{date}': {
      get: {
        summary: "One day's summary (latest revision unless `revision` names one)",
        parameters: [date, ...queryParams(SummaryRevisionQuery)],
        responses: { '200': json('DailySummary', 'The summary'), '404': errorResponse('No summary for that day') },
      },
    },
    '/api/v1/summaries/{date}.html': {
      get: {
        summary: 'The printable summary; an export (needs events:export, audited)',
        parameters: [date, ...queryParams(SummaryPrintQuery)],
        responses: { '200': document('text/html', 'A self-contained page') },
      },
    },
    '/api/v1/summaries/{date}.pdf': {
      get: {
        summary: 'The summary as PDF; an export (needs events:export, audited)',
        parameters: [date, ...queryParams(SummaryPrintQuery)],
        responses: { '200': document('application/pdf', 'A PDF file') },
      },
    },
    '/api/v1/summaries/{date}/map.svg': {
      get: {
        summary: "The map of the day's events, in paper colours or the dashboard's dark screen theme",
        parameters: [date, ...queryParams(SummaryMapQuery)],
        responses: { '200': document('image/svg+xml', 'An SVG image') },
      },
    },
    '/api/v1/summaries/{date}/revisions': {
      get: {
        summary: "Every revision of a day's summary",
        parameters: [date],
        responses: { '200': { description: '{revisions: DailySummary[]}' } },
      },
    },
    '/api/v1/summaries/{date}/regenerate': {
      post: {
        summary: 'Compute the day again; a new revision only when something changed',
        parameters: [date],
        responses: { '200': json('SummaryRegenerated', 'The outcome') },
      },
    },
    '/api/v1/summaries/{date}/acknowledge': {
      post: {
        summary: 'Acknowledge a revision (commanders and supervisors); body optional',
        parameters: [date],
        requestBody: { ...body('AcknowledgeSummaryInput'), required: false },
        responses: { '200': json('DailySummary', 'Acknowledged') },
      },
    },
  };
}

export function reportSchemas(): Record<string, Record<string, unknown>> {
  return {
    TrendSettings: schemaOf(TrendSettings, 'output'),
    SeizuresOverTime: schemaOf(SeizuresOverTime, 'output'),
    SeizuresByGroup: schemaOf(SeizuresByGroup, 'output'),
    SeizuresComparison: schemaOf(SeizuresComparison, 'output'),
    SeizureDrillDownPage: schemaOf(SeizureDrillDownPage, 'output'),
    SummaryList: schemaOf(SummaryList, 'output'),
    DailySummary: schemaOf(DailySummary, 'output'),
    SummaryRegenerated: schemaOf(SummaryRegenerated, 'output'),
    AcknowledgeSummaryInput: schemaOf(AcknowledgeSummaryInput, 'input'),
  };
}
