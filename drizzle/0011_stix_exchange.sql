CREATE TABLE "stix_imports" (
	"owner_agency" text NOT NULL,
	"stix_id" text NOT NULL,
	"modified" text NOT NULL,
	"item_kind" text NOT NULL,
	"item_id" text NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	CONSTRAINT "stix_imports_owner_agency_stix_id_pk" PRIMARY KEY("owner_agency","stix_id")
);
--> statement-breakpoint
CREATE TABLE "stix_other_objects" (
	"owner_agency" text NOT NULL,
	"stix_id" text NOT NULL,
	"type" text NOT NULL,
	"modified" text NOT NULL,
	"name" text,
	"object" jsonb NOT NULL,
	"tlp" text NOT NULL,
	"recipients" text[] NOT NULL,
	"sharing_groups" text[] NOT NULL,
	"imported_by" text NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	CONSTRAINT "stix_other_objects_owner_agency_stix_id_pk" PRIMARY KEY("owner_agency","stix_id")
);
--> statement-breakpoint
ALTER TABLE "stix_imports" ADD CONSTRAINT "stix_imports_owner_agency_agencies_code_fk" FOREIGN KEY ("owner_agency") REFERENCES "public"."agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stix_other_objects" ADD CONSTRAINT "stix_other_objects_owner_agency_agencies_code_fk" FOREIGN KEY ("owner_agency") REFERENCES "public"."agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stix_other_objects_imported_idx" ON "stix_other_objects" USING btree ("imported_at");