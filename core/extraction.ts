/**
 * The Extraction JSON contract of DESIGN.md: the output of `stancegraph extract` and the input of
 * the loader. One schema validates files at the boundary; everything inside trusts the types.
 */
import { z } from 'zod';
import { ENTITY_TYPES, RELATION_TYPES } from './vocabulary.js';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'not a real calendar date');

const entityId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}-]*$/u, 'expected a lowercase slug id');

export const ArticleSchema = z.object({
  id: z.string().min(1).max(200),
  title: z.string().max(2000).nullable().optional(),
  date: isoDate.nullable().optional(),
  source: z.string().max(500).nullable().optional(),
  url: z.string().max(4000).nullable().optional(),
  /** Optional full text; when present, relation offsets and evidence are checked against it. */
  text: z.string().optional(),
});

export const ActorSchema = z.object({
  id: entityId,
  name: z.string().min(1).max(500),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string().min(1).max(500)).max(500).default([]),
  represents: entityId.nullable().optional(),
  role: z.string().max(500).nullable().optional(),
});

export const RelationSchema = z.object({
  source: entityId,
  type: z.enum(RELATION_TYPES as [string, ...string[]]),
  target: entityId,
  evidence: z.string().min(1).max(20000),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  confidence: z.number().min(0).max(1).default(1),
  negated: z.boolean().default(false),
  method: z.string().max(200).default('manual'),
});

export const ExtractionSchema = z.object({
  article: ArticleSchema,
  actors: z.array(ActorSchema),
  relations: z.array(RelationSchema),
});

export type Article = z.infer<typeof ArticleSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Relation = z.infer<typeof RelationSchema> & { type: import('./vocabulary.js').RelationType };
export type Extraction = { article: Article; actors: Actor[]; relations: Relation[] };
export type ExtractionInput = z.input<typeof ExtractionSchema>;

/** An article as the extractor takes it: its text and what is known about it. */
export interface ArticleText {
  text: string;
  id?: string;
  title?: string | null;
  date?: string | null;
  source?: string | null;
  url?: string | null;
}
