/**
 * The CoreNLP sidecar JVM (nlp/launcher, stancegraph.Parser) as a SentenceParser: JSON lines on
 * stdin/stdout, requests written as they come (pipelined) and answered in order. The JVM's stderr
 * goes to a log file. It never outlives this process: it ends at end of its input (close(), or this
 * process dying), and is killed when this process exits.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import type { Socket } from 'node:net';
import { createInterface, type Interface } from 'node:readline';
import { StanceGraphError } from '../core/errors.js';
import { javaBinary } from '../db/java-launcher.js';
import type { SentenceParser } from '../ingest/extract/parse/parse-article.js';
import { ensureParserBuilt, parserClasspath } from './launcher-build.js';
import { ended, logStderr, readyLine } from './ready-line.js';

/** What stancegraph.Parser reports when ready; must change with the pom's CoreNLP version or the settings. */
export const CORENLP_PARSER_ID = 'corenlp-4.5.10 pos,lemma,ner(lite),depparse';

export interface JavaParserOptions {
  logFile: string;
  log?: (line: string) => void;
  startTimeoutMs?: number;
  heap?: string;
  env?: NodeJS.ProcessEnv;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export class JavaParser implements SentenceParser {
  readonly id = CORENLP_PARSER_ID;
  /** Sentences sent to the JVM so far. */
  requests = 0;
  private readonly pending: Pending[] = [];
  private failure: StanceGraphError | null = null;
  private closing = false;
  private readonly exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    lines: Interface,
    private readonly logFile: string,
    lastLogLine: () => string,
  ) {
    const killOnExit = () => child.kill('SIGKILL');
    process.on('exit', killOnExit);
    this.exited = new Promise((resolve) => {
      child.once('close', (code, signal) => {
        process.off('exit', killOnExit);
        const why = this.closing ? 'was closed' : `${ended(code, signal)}: ${lastLogLine()} (log: ${logFile})`;
        this.failure = new StanceGraphError('RUNTIME', `the CoreNLP parser ${why}`);
        for (const p of this.pending.splice(0)) p.reject(this.failure);
        resolve();
      });
    });
    lines.on('line', (line) => this.answer(line));
    child.stdin.on('error', () => {}); // a dead JVM is reported by 'close'
    this.setBusy(false);
  }

  /** Builds the launcher if needed, starts the JVM and waits until the models are loaded. */
  static async start(options: JavaParserOptions): Promise<JavaParser> {
    const env = options.env ?? process.env;
    const log = options.log ?? (() => {});
    ensureParserBuilt(log);
    log('starting the CoreNLP parser (loading its models takes 10-30 s)...');
    // ParallelGC: same speed as the default G1 here, ~0.6 GB less resident memory (scratch/nlp measurements).
    const args = [`-Xmx${options.heap ?? '3g'}`, '-XX:+UseParallelGC', '-cp', parserClasspath(), 'stancegraph.Parser'];
    const java = javaBinary(env);
    const child = spawn(java, args, { stdio: ['pipe', 'pipe', 'pipe'], env });
    const lastLine = logStderr(child, options.logFile);
    const lines = createInterface({ input: child.stdout });
    const ready = await readyLine(child, lines, {
      java,
      timeoutMs: options.startTimeoutMs ?? 180_000,
      lastLine,
      logFile: options.logFile,
    });
    let reported: unknown;
    try {
      reported = JSON.parse(ready);
    } catch {}
    const id = (reported as { parser?: unknown } | undefined)?.parser;
    if ((reported as { ready?: unknown } | undefined)?.ready !== true || id !== CORENLP_PARSER_ID) {
      child.kill('SIGKILL');
      throw new StanceGraphError(
        'RUNTIME',
        `nlp/launcher answered ${JSON.stringify(ready.slice(0, 200))} instead of ready for ${CORENLP_PARSER_ID}; rebuild it (rm -rf nlp/launcher/target)`,
      );
    }
    return new JavaParser(child, lines, options.logFile, lastLine);
  }

  parseSentence(text: string): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.requests++;
      this.setBusy(true);
      this.child.stdin.write(`${JSON.stringify({ text })}\n`);
    });
  }

  /** Ends the JVM's input: it answers what is pending and exits; killed if it has not after `graceMs`. */
  async close(graceMs = 15_000): Promise<void> {
    this.closing = true;
    if (this.child.exitCode !== null || this.child.signalCode !== null) return this.exited;
    this.setBusy(true);
    this.child.stdin.end();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  private answer(line: string): void {
    const next = this.pending.shift();
    if (this.pending.length === 0) this.setBusy(false);
    if (!next) return;
    try {
      next.resolve(JSON.parse(line));
    } catch {
      next.reject(
        new StanceGraphError('RUNTIME', `the CoreNLP parser wrote a line that is not JSON: ${line.slice(0, 120)} (log: ${this.logFile})`),
      );
    }
  }

  /** An idle parser does not keep Node running (the exit hook then ends the JVM); a busy one does. */
  private setBusy(busy: boolean): void {
    for (const handle of [this.child, this.child.stdout as Socket, this.child.stdin as unknown as Socket, this.child.stderr as Socket]) {
      if (busy) handle.ref?.();
      else handle.unref?.();
    }
  }
}
