/**
 * Writes a corpus as the CSV files of Neo4j's offline importer, holding the same data the loader
 * writes (rows.ts: same ids, properties, labels, types). Streams articles and stances; only the
 * entities (≤ 50,000) and the REPRESENTS pairs are kept in memory to deduplicate them.
 */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Extraction } from '../../core/extraction.js';
import { type EntityRow, articleRows, mergeEntityRows } from '../../ingest/load/rows.js';
import type { ImportFiles } from '../../db/import-tool.js';

const line = (values: unknown[]) =>
  stringify([values.map((v) => (v === null || v === undefined ? '' : v))], { cast: { boolean: (v) => String(v) } });

async function put(out: WriteStream, text: string) {
  if (!out.write(text)) await once(out, 'drain');
}
async function close(out: WriteStream) {
  out.end();
  await once(out, 'finish');
}

export async function writeImportCsv(dir: string, extractions: AsyncIterable<Extraction>): Promise<ImportFiles & { stances: number }> {
  const path = (name: string) => join(dir, `${name}.csv`);
  const articles = createWriteStream(path('articles'));
  const stances = createWriteStream(path('stances'));
  const mentions = createWriteStream(path('mentions'));
  await put(articles, line(['id:ID(Article)', 'title', 'date', 'source', 'url', 'contentHash', ':LABEL']));
  await put(
    stances,
    line([
      ':START_ID(Entity)',
      ':END_ID(Entity)',
      ':TYPE',
      'id',
      'articleId',
      'date',
      'evidence',
      'start:long',
      'end:long',
      'confidence:double',
      'polarity',
      'plover',
      'symmetric:boolean',
      'method',
    ]),
  );
  await put(mentions, line([':START_ID(Article)', ':END_ID(Entity)', ':TYPE']));
  const entities = new Map<string, EntityRow>();
  const represents = new Map<string, string | null>();
  let count = 0;
  for await (const extraction of extractions) {
    const rows = articleRows(extraction);
    const a = rows.article;
    await put(articles, line([a.id, a.title, a.date, a.source, a.url, a.contentHash, 'Article']));
    for (const e of rows.entities) {
      const seen = entities.get(e.id);
      entities.set(e.id, seen ? mergeEntityRows([seen, e])[0]! : e);
    }
    for (const r of rows.represents)
      if (!represents.has(`${r.person}\u0000${r.org}`) || r.role) represents.set(`${r.person}\u0000${r.org}`, r.role);
    let text = '';
    for (const m of rows.mentions) text += line([m.article, m.entity, 'MENTIONS']);
    await put(mentions, text);
    text = '';
    for (const s of rows.stances) {
      const p = s.props;
      text += line([
        s.source,
        s.target,
        s.type,
        p.id,
        p.articleId,
        p.date,
        p.evidence,
        p.start.toNumber(),
        p.end.toNumber(),
        p.confidence,
        p.polarity,
        p.plover,
        p.symmetric,
        p.method,
      ]);
      count += 1;
    }
    await put(stances, text);
  }
  const entityOut = createWriteStream(path('entities'));
  await put(entityOut, line(['id:ID(Entity)', 'name', 'nameFolded', 'type', 'aliases:string[]', 'role', 'country', 'aliasText', ':LABEL']));
  for (const e of entities.values()) {
    await put(
      entityOut,
      line([
        e.id,
        e.name,
        e.nameFolded,
        e.type,
        e.aliases.join(';'),
        e.role,
        e.country,
        e.aliases.map((x) => `${x} | `).join(''),
        `Entity;${e.type}`,
      ]),
    );
  }
  const representsOut = createWriteStream(path('represents'));
  await put(representsOut, line([':START_ID(Entity)', ':END_ID(Entity)', ':TYPE', 'role']));
  for (const [key, role] of represents) {
    const [person, org] = key.split('\u0000');
    await put(representsOut, line([person, org, 'REPRESENTS', role]));
  }
  await Promise.all([articles, stances, mentions, entityOut, representsOut].map(close));
  return {
    nodes: [path('entities'), path('articles')],
    relationships: [path('stances'), path('mentions'), path('represents')],
    stances: count,
  };
}
