/** A parse problem: one sentence and the 1-based column in the command line it refers to. */
export class CurlError {
  readonly message: string;
  /** Control characters quoted from the line are shown escaped (`\n`), so the message stays one line. */
  constructor(
    message: string,
    readonly column: number,
  ) {
    this.message = message.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  }
}
