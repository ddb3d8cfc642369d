CREATE TABLE "entities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"aliases" text[] NOT NULL,
	"alias_keys" text[] NOT NULL,
	"identifiers" jsonb NOT NULL,
	"date_of_birth" text,
	"firearm" jsonb,
	"notes" text NOT NULL,
	"owner_agency" text NOT NULL,
	"tlp" text NOT NULL,
	"recipients" text[] NOT NULL,
	"sharing_groups" text[] NOT NULL,
	"merged_into" uuid,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entity_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"action" text NOT NULL,
	"other_entity_id" uuid,
	"agency" text NOT NULL,
	"by" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entity_identifiers" (
	"entity_id" uuid NOT NULL,
	"type" text NOT NULL,
	"normalised" text NOT NULL,
	CONSTRAINT "entity_identifiers_entity_id_type_normalised_pk" PRIMARY KEY("entity_id","type","normalised")
);
--> statement-breakpoint
CREATE TABLE "entity_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_entity_id" uuid NOT NULL,
	"to_type" text NOT NULL,
	"to_id" text NOT NULL,
	"relation" text NOT NULL,
	"valid_from" text,
	"valid_to" text,
	"source" text NOT NULL,
	"owner_agency" text NOT NULL,
	"tlp" text NOT NULL,
	"recipients" text[] NOT NULL,
	"sharing_groups" text[] NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entity_resolution_decisions" (
	"first_id" uuid NOT NULL,
	"second_id" uuid NOT NULL,
	"agency" text NOT NULL,
	"decision" text NOT NULL,
	"by" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "entity_resolution_decisions_first_id_second_id_agency_pk" PRIMARY KEY("first_id","second_id","agency")
);
--> statement-breakpoint
ALTER TABLE "entities" ADD CONSTRAINT "entities_owner_agency_agencies_code_fk" FOREIGN KEY ("owner_agency") REFERENCES "public"."agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_history" ADD CONSTRAINT "entity_history_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_identifiers" ADD CONSTRAINT "entity_identifiers_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_links" ADD CONSTRAINT "entity_links_from_entity_id_entities_id_fk" FOREIGN KEY ("from_entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_links" ADD CONSTRAINT "entity_links_owner_agency_agencies_code_fk" FOREIGN KEY ("owner_agency") REFERENCES "public"."agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_resolution_decisions" ADD CONSTRAINT "entity_resolution_decisions_first_id_entities_id_fk" FOREIGN KEY ("first_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_resolution_decisions" ADD CONSTRAINT "entity_resolution_decisions_second_id_entities_id_fk" FOREIGN KEY ("second_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "entities_kind_idx" ON "entities" USING btree ("kind","created_at");--> statement-breakpoint
CREATE INDEX "entities_name_key_idx" ON "entities" USING btree ("name_key");--> statement-breakpoint
CREATE INDEX "entity_history_entity_idx" ON "entity_history" USING btree ("entity_id","at");--> statement-breakpoint
CREATE INDEX "entity_identifiers_value_idx" ON "entity_identifiers" USING btree ("type","normalised");--> statement-breakpoint
CREATE INDEX "entity_links_from_idx" ON "entity_links" USING btree ("from_entity_id");--> statement-breakpoint
CREATE INDEX "entity_links_to_idx" ON "entity_links" USING btree ("to_type","to_id");