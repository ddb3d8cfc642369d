CREATE TABLE "taxii_cursor_key" (
	"id" integer PRIMARY KEY NOT NULL,
	"secret" text NOT NULL
);
