/**
 * One error module with stable codes. Every failure a user can see is a StanceGraphError whose
 * message is one readable line; the CLI maps `exitCode` to its exit status and the API maps
 * `httpStatus` to the response status.
 */
export const ERROR_CODES = {
  USAGE: { exitCode: 2, httpStatus: 400 },
  BAD_INPUT: { exitCode: 2, httpStatus: 400 },
  NOT_FOUND: { exitCode: 2, httpStatus: 404 },
  DB_UNAVAILABLE: { exitCode: 1, httpStatus: 503 },
  DB_START_FAILED: { exitCode: 1, httpStatus: 500 },
  QUERY_TIMEOUT: { exitCode: 1, httpStatus: 504 },
  RUNTIME: { exitCode: 1, httpStatus: 500 },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class StanceGraphError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StanceGraphError';
    this.code = code;
  }

  get exitCode(): number {
    return ERROR_CODES[this.code].exitCode;
  }

  get httpStatus(): number {
    return ERROR_CODES[this.code].httpStatus;
  }
}

export const usageError = (message: string) => new StanceGraphError('USAGE', message);
export const badInput = (message: string) => new StanceGraphError('BAD_INPUT', message);
export const notFound = (message: string) => new StanceGraphError('NOT_FOUND', message);

export function isStanceGraphError(error: unknown): error is StanceGraphError {
  return error instanceof StanceGraphError;
}
