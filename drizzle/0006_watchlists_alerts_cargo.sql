CREATE TABLE "watchlist_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"watchlist_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"mmsi" text,
	"imo" text,
	"name" text,
	"call_sign" text,
	"container_number" text,
	"country" text,
	"reason" text NOT NULL,
	"added_by" text NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone,
	"retired_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "watchlist_entry_changes" (
	"entry_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"change" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"by" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "watchlists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"owner_agency" text NOT NULL,
	"tlp" text NOT NULL,
	"recipients" text[] NOT NULL,
	"sharing_groups" text[] NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"retired_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "areas_of_interest" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"ring" jsonb NOT NULL,
	"owner_agency" text NOT NULL,
	"tlp" text NOT NULL,
	"recipients" text[] NOT NULL,
	"sharing_groups" text[] NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "derived_alerts" (
	"id" text PRIMARY KEY NOT NULL,
	"alert_key" text NOT NULL,
	"event_ids" text[] NOT NULL,
	"type" text NOT NULL,
	"status" text NOT NULL,
	"mmsis" text[] NOT NULL,
	"start_at" timestamp with time zone NOT NULL,
	"end_at" timestamp with time zone,
	"lat" double precision,
	"lon" double precision,
	"summary" text NOT NULL,
	"parameters" jsonb NOT NULL,
	"evidence" jsonb NOT NULL,
	"owner_agency" text NOT NULL,
	"tlp" text NOT NULL,
	"recipients" text[] NOT NULL,
	"sharing_groups" text[] NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "derived_alerts_alert_key_unique" UNIQUE("alert_key")
);
--> statement-breakpoint
CREATE TABLE "consignment_movements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consignment_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"locode" text,
	"note" text,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bill_of_lading" text NOT NULL,
	"owner_agency" text NOT NULL,
	"tlp" text NOT NULL,
	"recipients" text[] NOT NULL,
	"sharing_groups" text[] NOT NULL,
	"containers" text[] NOT NULL,
	"shipper" jsonb NOT NULL,
	"consignee" jsonb NOT NULL,
	"notify_party" jsonb,
	"hs_codes" text[] NOT NULL,
	"goods_description" text NOT NULL,
	"packages" jsonb,
	"gross_weight_kg" real,
	"origin_locode" text NOT NULL,
	"transshipment_locodes" text[] NOT NULL,
	"destination_locode" text NOT NULL,
	"carrier_imo" text,
	"carrier_mmsi" text,
	"carrier_name" text,
	"voyage" text,
	"etd" timestamp with time zone,
	"eta" timestamp with time zone,
	"status" text NOT NULL,
	"risk_score" smallint NOT NULL,
	"lane" text NOT NULL,
	"risk" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "consignments_owner_bill_uq" UNIQUE("owner_agency","bill_of_lading")
);
--> statement-breakpoint
ALTER TABLE "watchlist_entries" ADD CONSTRAINT "watchlist_entries_watchlist_id_watchlists_id_fk" FOREIGN KEY ("watchlist_id") REFERENCES "public"."watchlists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watchlist_entry_changes" ADD CONSTRAINT "watchlist_entry_changes_entry_id_watchlist_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."watchlist_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watchlists" ADD CONSTRAINT "watchlists_owner_agency_agencies_code_fk" FOREIGN KEY ("owner_agency") REFERENCES "public"."agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "areas_of_interest" ADD CONSTRAINT "areas_of_interest_owner_agency_agencies_code_fk" FOREIGN KEY ("owner_agency") REFERENCES "public"."agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "derived_alerts" ADD CONSTRAINT "derived_alerts_owner_agency_agencies_code_fk" FOREIGN KEY ("owner_agency") REFERENCES "public"."agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consignment_movements" ADD CONSTRAINT "consignment_movements_consignment_id_consignments_id_fk" FOREIGN KEY ("consignment_id") REFERENCES "public"."consignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consignments" ADD CONSTRAINT "consignments_owner_agency_agencies_code_fk" FOREIGN KEY ("owner_agency") REFERENCES "public"."agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "watchlist_entries_list_idx" ON "watchlist_entries" USING btree ("watchlist_id");--> statement-breakpoint
CREATE INDEX "watchlist_entries_mmsi_idx" ON "watchlist_entries" USING btree ("mmsi");--> statement-breakpoint
CREATE INDEX "watchlist_entries_imo_idx" ON "watchlist_entries" USING btree ("imo");--> statement-breakpoint
CREATE INDEX "watchlist_entries_container_idx" ON "watchlist_entries" USING btree ("container_number");--> statement-breakpoint
CREATE INDEX "watchlist_entry_changes_idx" ON "watchlist_entry_changes" USING btree ("entry_id","version");--> statement-breakpoint
CREATE INDEX "watchlists_owner_idx" ON "watchlists" USING btree ("owner_agency");--> statement-breakpoint
CREATE INDEX "derived_alerts_mmsis_idx" ON "derived_alerts" USING gin ("mmsis");--> statement-breakpoint
CREATE INDEX "derived_alerts_event_ids_idx" ON "derived_alerts" USING gin ("event_ids");--> statement-breakpoint
CREATE INDEX "derived_alerts_type_start_idx" ON "derived_alerts" USING btree ("type","start_at");--> statement-breakpoint
CREATE INDEX "consignment_movements_idx" ON "consignment_movements" USING btree ("consignment_id","at");--> statement-breakpoint
CREATE INDEX "consignments_risk_idx" ON "consignments" USING btree ("risk_score");--> statement-breakpoint
CREATE INDEX "consignments_carrier_mmsi_idx" ON "consignments" USING btree ("carrier_mmsi");