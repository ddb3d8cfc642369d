CREATE TABLE "daily_summaries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency" text NOT NULL,
	"summary_date" date NOT NULL,
	"revision" integer NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"period_end" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"hour" smallint NOT NULL,
	"viewer_groups" text[] NOT NULL,
	"generated_at" timestamp with time zone NOT NULL,
	"generated_by" text NOT NULL,
	"reason" text NOT NULL,
	"content" jsonb NOT NULL,
	"changes" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "summary_acknowledgements" (
	"summary_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"user_name" text NOT NULL,
	"acknowledged_at" timestamp with time zone NOT NULL,
	CONSTRAINT "summary_acknowledgements_summary_id_user_id_pk" PRIMARY KEY("summary_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "daily_summaries" ADD CONSTRAINT "daily_summaries_agency_agencies_code_fk" FOREIGN KEY ("agency") REFERENCES "public"."agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summary_acknowledgements" ADD CONSTRAINT "summary_acknowledgements_summary_id_daily_summaries_id_fk" FOREIGN KEY ("summary_id") REFERENCES "public"."daily_summaries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summary_acknowledgements" ADD CONSTRAINT "summary_acknowledgements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "daily_summaries_agency_date_revision_uq" ON "daily_summaries" USING btree ("agency","summary_date","revision");--> statement-breakpoint
CREATE INDEX "daily_summaries_date_idx" ON "daily_summaries" USING btree ("summary_date");--> statement-breakpoint
CREATE INDEX "events_seizure_occurred_at_idx" ON "events" USING btree ("occurred_at") WHERE "events"."kind" = 'seizure';--> statement-breakpoint
CREATE INDEX "events_seizure_commodity_idx" ON "events" USING btree (("seizure"->>'commodity'),"occurred_at") WHERE "events"."kind" = 'seizure';