/**
 * XCH-5: the most one STIX request carries. A bundle over the byte limit is refused by the route before it is
 * read (413); one with more objects than this is refused whole before anything is written (413). An event
 * is at most three objects (incident, location, located-at), so 40,000 hold an export of 10,000 events.
 */
export const STIX_BUNDLE_MAX_BYTES = 32 * 1024 * 1024;
export const STIX_BUNDLE_MAX_OBJECTS = 40_000;

/** The most events one STIX export holds (the answer says when more matched, XCH-6). */
export const STIX_EXPORT_MAX_EVENTS = 10_000;

/** The most event ids one export may select. */
export const STIX_EXPORT_MAX_IDS = 1_000;
