CREATE TABLE "event_changes" (
	"pos" bigint PRIMARY KEY NOT NULL,
	"event_id" text NOT NULL,
	"prev_tlp" text NOT NULL,
	"prev_recipients" text[] NOT NULL,
	"prev_sharing_groups" text[] NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "event_sequence" ADD COLUMN "changes" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "federation_partners" ADD COLUMN "change_cursor" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "federation_partners" ADD COLUMN "withdrawn_count" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "federation_partners" ADD COLUMN "updated_count" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "event_changes" ADD CONSTRAINT "event_changes_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_changes_event_idx" ON "event_changes" USING btree ("event_id");