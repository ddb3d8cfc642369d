CREATE TABLE "taxii_cursor_key" (
	"id" integer PRIMARY KEY NOT NULL,
	"secret" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "taxii_statuses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"poster" text NOT NULL,
	"agency" text NOT NULL,
	"collection" text NOT NULL,
	"request_timestamp" timestamp with time zone NOT NULL,
	"total_count" integer NOT NULL,
	"successes" jsonb NOT NULL,
	"failures" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "event_sequence" ADD COLUMN "added_at" timestamp with time zone DEFAULT '-infinity' NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "added_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "stix_ids" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "taxii_statuses" ADD CONSTRAINT "taxii_statuses_agency_agencies_code_fk" FOREIGN KEY ("agency") REFERENCES "public"."agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "taxii_statuses_request_timestamp_idx" ON "taxii_statuses" USING btree ("request_timestamp");--> statement-breakpoint
CREATE INDEX "events_added_at_idx" ON "events" USING btree ("added_at","seq");--> statement-breakpoint
CREATE INDEX "events_stix_ids_idx" ON "events" USING gin ("stix_ids");