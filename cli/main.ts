/** The `stancegraph` command line. Errors print as one line on stderr; exit 0 ok, 1 runtime, 2 usage/input. */
import { Command, CommanderError, Option } from 'commander';
import { isStanceGraphError } from '../core/errors.js';
import { dbStart, dbStatus, dbStop } from './commands/db.js';
import { ingestCommand } from './commands/ingest.js';
import { queryCommand } from './commands/query.js';
import type { ParserChoice } from '../nlp/index.js';

const collect = (value: string, previous: string[]) => [...previous, value];
/** `--parser`: `corenlp` parses every article with the CoreNLP sidecar first (nlp/; slower, needs Java). */
const parserOption = () =>
  new Option('--parser <name>', 'rules (fast, default) or corenlp (dependency parse first; needs Java, ~50 sentences/s)')
    .choices(['rules', 'corenlp'] satisfies ParserChoice[])
    .default('rules')
    .env('STANCEGRAPH_PARSER');
const program = new Command('stancegraph')
  .description('A graph database of political actors and their stances, built from news.')
  .option('--verbose', 'print stack traces on errors')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

const db = program.command('db').description('the local Neo4j (used when NEO4J_URI is unset)');
db.command('start')
  .description('start the local Neo4j and apply the schema')
  .option('--port <port>', 'Bolt port on 127.0.0.1 (default 7687)')
  .action(dbStart);
db.command('stop').description('stop the local Neo4j cleanly').action(dbStop);
db.command('status').description('is the database running?').action(dbStatus);

program
  .command('extract')
  .description('extract actors and stances from articles (Extraction JSON)')
  .argument('<files...>', 'article files (.txt, .json, .jsonl)')
  .option('--out <dir>', 'write DIR/<basename>.json per file instead of stdout')
  .addOption(parserOption())
  .action(async (files: string[], opts: { out?: string; parser?: ParserChoice }) => {
    const { extractCommand } = await import('./commands/extract.js');
    await extractCommand(files, opts);
  });

program
  .command('ingest')
  .description('extract + load articles, or load Extraction JSON files (files, folders, JSONL)')
  .argument('<paths...>', 'files or folders')
  .option('--batch-size <n>', 'stances per write transaction (default 10000)')
  .option('--quiet', 'no per-file lines')
  .addOption(parserOption())
  .action(async (paths: string[], opts) => {
    await ingestCommand(paths, opts);
  });

program
  .command('query')
  .description('run a canned query (cypher/*.cypher)')
  .argument('[name]', 'query name; omit or use --list to see the catalogue')
  .option('--list', 'list the canned queries and their parameters')
  .option('--param <k=v>', 'a query parameter (repeatable)', collect, [])
  .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
  .option('--timeout <seconds>', 'stop the query after this long (default 30)')
  .option('--max-rows <n>', 'at most this many rows (default 10000)')
  .action(queryCommand);

program
  .command('export')
  .description('export a subgraph to GEXF, GraphML, JSON or CSV')
  .allowUnknownOption(false)
  .addOption(new Option('--format <format>', 'file format').choices(['gexf', 'graphml', 'json', 'csv']).makeOptionMandatory())
  .requiredOption('--out <path>', 'output file (CSV: a folder, or a .zip)')
  .option('--query <name>', 'export the result of a canned query')
  .option('--param <k=v>', 'a query parameter (repeatable)', collect, [])
  .option('--around <actor>', 'export the ego network of an actor')
  .option('--depth <n>', 'ego network depth (default 1)')
  .option('--types <list>', 'relation types, comma-separated')
  .option('--polarity <list>', 'cooperative,neutral,hostile')
  .option('--entity-types <list>', 'Person,Country,Organization,Group,Topic')
  .option('--from <date>', 'stances on or after this date')
  .option('--to <date>', 'stances on or before this date')
  .option('--level <level>', 'person or country')
  .option('--limit <n>', 'at most this many stances')
  .action(async (opts) => {
    const { exportCommand } = await import('./commands/export.js');
    await exportCommand(opts);
  });

program
  .command('serve')
  .description('serve the read-only API and the built viewer')
  .option('--port <port>', 'HTTP port (default 5173)')
  .option('--host <host>', 'address to bind (default 127.0.0.1; another needs --token)')
  .option('--token <token>', 'bearer token required when bound beyond loopback')
  .action(async (opts) => {
    const { serveCommand } = await import('./commands/serve.js');
    await serveCommand(opts);
  });

program
  .command('demo')
  .description('start the local Neo4j (unless NEO4J_URI), load the sample, serve the viewer')
  .option('--port <port>', 'HTTP port for the viewer (default 5173)')
  .option('--no-serve', 'load the sample and exit')
  .action(async (opts) => {
    const { demoCommand } = await import('./commands/demo.js');
    await demoCommand(opts);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    const verbose = process.argv.includes('--verbose');
    if (isStanceGraphError(error)) {
      process.stderr.write(`stancegraph: ${error.message}\n`);
      process.exitCode = error.exitCode;
    } else {
      process.stderr.write(`stancegraph: ${(error as Error)?.message?.split('\n')[0] ?? String(error)}\n`);
      process.exitCode = 1;
    }
    if (verbose) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
  }
}
