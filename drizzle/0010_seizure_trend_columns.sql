-- Seizure trends (issue 6). The seizure details a trend reads become plain (generated) columns, so the covering
-- index can carry them instead of the whole seizure document: a trend then reads a narrow index-only scan and
-- parses no JSON per row. Adding the stored generated columns rewrites events, which fills them for existing
-- rows (the backfill); the old covering index goes first so the rewrite does not rebuild it, and the index on
-- the commodity expression goes because the new index answers commodity filters too. The covering index is
-- hand-written (drizzle cannot declare INCLUDE columns). One ALTER TABLE for the three columns: one rewrite.
DROP INDEX IF EXISTS "events_seizure_trend_idx";--> statement-breakpoint
DROP INDEX "events_seizure_commodity_idx";--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "seizure_commodity" text GENERATED ALWAYS AS ("events"."seizure"->>'commodity') STORED,
  ADD COLUMN "seizure_value_usd" double precision GENERATED ALWAYS AS (("events"."seizure"->>'estimatedValueUsd')::float8) STORED,
  ADD COLUMN "seizure_route" text GENERATED ALWAYS AS (CASE WHEN "events"."seizure" ? 'origin' OR "events"."seizure" ? 'destination'
        THEN coalesce("events"."seizure"->>'origin', '?') || ' → ' || coalesce("events"."seizure"->>'destination', '?') END) STORED;--> statement-breakpoint
CREATE INDEX "events_seizure_trend_idx" ON "events" USING btree ("occurred_at") INCLUDE ("owner_agency", "tlp", "recipients", "sharing_groups", "seizure_commodity", "seizure_value_usd", "place", "seizure_route") WHERE "events"."kind" = 'seizure';