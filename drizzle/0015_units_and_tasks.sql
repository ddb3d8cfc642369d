CREATE TABLE "tasking_agreements" (
	"group_code" text PRIMARY KEY NOT NULL,
	"enabled_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"tasking_agency" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text NOT NULL,
	"target_label" text NOT NULL,
	"target_owner" text NOT NULL,
	"target_tlp" text NOT NULL,
	"target_recipients" text[] NOT NULL,
	"target_sharing_groups" text[] NOT NULL,
	"target_lat" double precision,
	"target_lon" double precision,
	"target_at" timestamp with time zone,
	"target_mmsi" text,
	"state" text NOT NULL,
	"note" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"outcome_event_id" text,
	"eta_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_agency" text NOT NULL,
	"call_sign" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"max_speed_kn" double precision NOT NULL,
	"endurance_h" double precision NOT NULL,
	"status" text NOT NULL,
	"mmsi" text,
	"tlp" text NOT NULL,
	"recipients" text[] NOT NULL,
	"sharing_groups" text[] NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"course_deg" double precision,
	"speed_kn" double precision,
	"position_at" timestamp with time zone,
	"position_source" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"retired_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tasking_agreements" ADD CONSTRAINT "tasking_agreements_group_code_sharing_groups_code_fk" FOREIGN KEY ("group_code") REFERENCES "public"."sharing_groups"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_tasks" ADD CONSTRAINT "unit_tasks_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_tasks" ADD CONSTRAINT "unit_tasks_tasking_agency_agencies_code_fk" FOREIGN KEY ("tasking_agency") REFERENCES "public"."agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_owner_agency_agencies_code_fk" FOREIGN KEY ("owner_agency") REFERENCES "public"."agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unit_tasks_state_idx" ON "unit_tasks" USING btree ("state");--> statement-breakpoint
CREATE UNIQUE INDEX "unit_tasks_one_open_per_unit" ON "unit_tasks" USING btree ("unit_id") WHERE "unit_tasks"."state" IN ('proposed', 'accepted', 'en_route', 'on_scene');--> statement-breakpoint
CREATE INDEX "unit_tasks_unit_idx" ON "unit_tasks" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "units_owner_idx" ON "units" USING btree ("owner_agency");--> statement-breakpoint
CREATE INDEX "units_mmsi_idx" ON "units" USING btree ("mmsi");