-- Seizure trends (issue 6). A covering partial index: only seizures, ordered by time, carrying every column a
-- trend reads (releasability, place, the seizure details), so a trend over a period is an index-only scan and
-- never visits the wide event rows. Hand-written because drizzle cannot declare INCLUDE columns.
CREATE INDEX "events_seizure_trend_idx" ON "events" USING btree ("occurred_at") INCLUDE ("owner_agency", "tlp", "recipients", "sharing_groups", "place", "seizure") WHERE "events"."kind" = 'seizure';
