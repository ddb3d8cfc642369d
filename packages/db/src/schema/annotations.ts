import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Grading } from '@tidewatch/contracts';
import { agencies } from './agencies.ts';
import { users } from './users.ts';

export const annotations = pgTable(
  'annotations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    ownerAgency: text('owner_agency')
      .notNull()
      .references(() => agencies.code),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    tags: text('tags').array().notNull(),
    grading: jsonb('grading').$type<Grading>(),
    tlp: text('tlp').notNull(),
    recipients: text('recipients').array().notNull(),
    sharingGroups: text('sharing_groups').array().notNull(),
    /** Optimistic concurrency: an edit names the version it was based on. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    deletedAt: timestamp('deleted_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [index('annotations_target_idx').on(t.targetType, t.targetId)],
);

/** Every version an annotation had, so an edit never loses what it replaced. */
export const annotationRevisions = pgTable(
  'annotation_revisions',
  {
    annotationId: uuid('annotation_id')
      .notNull()
      .references(() => annotations.id),
    version: integer('version').notNull(),
    body: text('body').notNull(),
    tags: text('tags').array().notNull(),
    grading: jsonb('grading').$type<Grading>(),
    editedBy: uuid('edited_by')
      .notNull()
      .references(() => users.id),
    editedAt: timestamp('edited_at', { withTimezone: true, mode: 'string' }).notNull(),
    change: text('change').notNull(),
  },
  (t) => [index('annotation_revisions_idx').on(t.annotationId, t.version)],
);
