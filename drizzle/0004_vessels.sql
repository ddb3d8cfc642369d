CREATE TABLE "vessel_statics" (
	"mmsi" integer PRIMARY KEY NOT NULL,
	"name" text,
	"call_sign" text,
	"imo" integer,
	"ship_type" smallint,
	"to_bow" smallint NOT NULL,
	"to_stern" smallint NOT NULL,
	"to_port" smallint NOT NULL,
	"to_starboard" smallint NOT NULL,
	"destination" text,
	"eta" timestamp with time zone,
	"draught" real,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vessel_track_points" (
	"mmsi" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"sog" real,
	"cog" real,
	"heading" smallint,
	CONSTRAINT "vessel_track_points_mmsi_at_pk" PRIMARY KEY("mmsi","at")
);
--> statement-breakpoint
CREATE INDEX "vessel_statics_name_idx" ON "vessel_statics" USING btree (upper("name"));--> statement-breakpoint
CREATE INDEX "vessel_statics_imo_idx" ON "vessel_statics" USING btree ("imo");--> statement-breakpoint
CREATE INDEX "vessel_track_points_at_idx" ON "vessel_track_points" USING btree ("at");