/** The JSON/JSONL article record `{id?, title?, date, source?, url?, text}`, validated with zod. */
import { z } from 'zod';
import { isoDate } from '../../core/extraction.js';

export const ArticleRecordSchema = z.object({
  id: z.string().min(1).max(200).optional(),
  title: z.string().max(2000).nullable().optional(),
  date: isoDate.nullable(),
  source: z.string().max(500).nullable().optional(),
  url: z.string().max(4000).nullable().optional(),
  text: z.string().refine((t) => t.trim().length > 0, 'must not be empty'),
});

export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;

/** One readable line from a zod error: "field `date`: not a real calendar date". */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid record';
  const field = issue.path.length > 0 ? `field \`${issue.path.join('.')}\`` : 'record';
  const msg = issue.code === 'invalid_type' && /received undefined/.test(issue.message) ? 'is missing' : issue.message;
  return `${field}: ${msg}`;
}
