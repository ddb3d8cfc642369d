CREATE TABLE "federation_partners" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"base_url" text NOT NULL,
	"outbound_token" text NOT NULL,
	"inbound_token_hash" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"cursor" bigint DEFAULT 0 NOT NULL,
	"partner_latest_seq" bigint DEFAULT 0 NOT NULL,
	"received_count" bigint DEFAULT 0 NOT NULL,
	"refused_count" bigint DEFAULT 0 NOT NULL,
	"garbage_count" bigint DEFAULT 0 NOT NULL,
	"sent_count" bigint DEFAULT 0 NOT NULL,
	"last_pull_at" timestamp with time zone,
	"last_served_at" timestamp with time zone,
	"last_error" text,
	"last_error_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "federation_partners_inbound_token_hash_unique" UNIQUE("inbound_token_hash")
);
--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "home_deployment" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "origin_deployment" text;