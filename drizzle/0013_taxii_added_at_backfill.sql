-- TAXII-4: events stored before added_at existed take the running maximum of their received_at in seq order, so
-- added_at is non-decreasing in seq from the first event on; the counter row starts from the latest of them.
-- Their stix_ids are filled by the TAXII module at start-up (STIX ids are UUIDv5, which SQL cannot derive).
UPDATE "events" AS e SET "added_at" = m."at"
FROM (SELECT "id", max("received_at") OVER (ORDER BY "seq") AS "at" FROM "events") AS m
WHERE e."id" = m."id";
--> statement-breakpoint
UPDATE "event_sequence" SET "added_at" = coalesce((SELECT max("added_at") FROM "events"), '-infinity');
