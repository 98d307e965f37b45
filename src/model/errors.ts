/**
 * Errors meant for the user: a code and one clear line. The CLI prints `message` without a
 * stack trace and exits non-zero; anything that is not a MamoriError is a bug and shows its stack
 * only with MAMORI_DEBUG=1.
 */
export class MamoriError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MamoriError';
  }
}
