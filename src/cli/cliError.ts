/** A user-facing CLI failure: printed as one line on stderr, exit status 2 (DESIGN.md headless contract). */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}
