/**
 * The CoreNLP sidecar's start-up: its stderr appended to a log file, and waiting for the models to
 * load (its first stdout line), or one readable error naming the cause (java missing, the JVM died,
 * too slow) with the last line it logged and the log.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Interface } from 'node:readline';
import { StanceGraphError } from '../core/errors.js';

export interface ReadyOptions {
  /** The java binary (named when it is missing). */
  java: string;
  timeoutMs: number;
  /** The last line the JVM wrote on stderr. */
  lastLine: () => string;
  logFile: string;
}

/** Appends the JVM's stderr to `logFile`; returns the last non-empty line written so far. */
export function logStderr(child: ChildProcessWithoutNullStreams, logFile: string): () => string {
  mkdirSync(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile, { flags: 'a' });
  log.write(`--- ${new Date().toISOString()} starting the CoreNLP parser\n`);
  let last = '(no output)';
  child.stderr.on('data', (chunk: Buffer) => {
    log.write(chunk);
    const lines = chunk
      .toString('utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length > 0) last = lines[lines.length - 1]!;
  });
  child.once('close', () => log.end());
  return () => last;
}

export const ended = (code: number | null, signal: NodeJS.Signals | null) =>
  signal ? `was killed (${signal})` : `exited with code ${code}`;

/** The first stdout line, or an error naming the cause (no java, died, timed out) and the log. */
export function readyLine(child: ChildProcessWithoutNullStreams, lines: Interface, how: ReadyOptions): Promise<string> {
  const { timeoutMs, lastLine, logFile } = how;
  return new Promise((resolve, reject) => {
    const settle = () => {
      clearTimeout(timer);
      lines.off('line', onLine);
      child.off('error', onError);
      child.off('close', onExit);
    };
    const fail = (message: string) => {
      settle();
      child.kill('SIGKILL');
      reject(new StanceGraphError('RUNTIME', message));
    };
    const onLine = (line: string) => {
      settle();
      resolve(line);
    };
    const onError = (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'ENOENT'
          ? `--parser corenlp needs Java 17, and ${how.java} was not found (set JAVA_HOME or install it: scripts/setup.sh)`
          : `cannot start the CoreNLP parser: ${error.message}`,
      );
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      fail(`the CoreNLP parser ${ended(code, signal)} before it was ready: ${lastLine()} (log: ${logFile})`);
    const timer = setTimeout(
      () => fail(`the CoreNLP parser was not ready after ${timeoutMs / 1000} s: ${lastLine()} (log: ${logFile})`),
      timeoutMs,
    );
    lines.on('line', onLine);
    child.on('error', onError);
    child.on('close', onExit);
  });
}
