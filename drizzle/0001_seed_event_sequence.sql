-- The single counter row that allocates event seq numbers (see event_sequence in packages/db/src/schema/events.ts).
INSERT INTO "event_sequence" ("id", "value") VALUES (1, 0) ON CONFLICT DO NOTHING;
