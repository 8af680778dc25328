// Progress for long batches on stderr: a live line on a terminal, an occasional line in logs, a final summary always.
export interface Tally {
  documents: number;
  claims: number;
  errors: number;
}

export class Progress {
  readonly tally: Tally = { documents: 0, claims: 0, errors: 0 };
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    /** On a log (not a terminal), a line every this many documents. */
    private readonly logEvery = 1000,
  ) {}

  document(claims: number): void {
    this.tally.documents++;
    this.tally.claims += claims;
    if (this.stream.isTTY) {
      const now = Date.now();
      if (now - this.lastDraw > 200) {
        this.lastDraw = now;
        this.stream.write(`\r${this.line()}…`);
        this.drawn = true;
      }
    } else if (this.tally.documents % this.logEvery === 0) {
      this.stream.write(`${this.line()}…\n`);
    }
  }

  /** Prints a message on its own line, clearing the live line first. */
  message(text: string): void {
    this.clear();
    this.stream.write(text + "\n");
  }

  error(text: string): void {
    this.tally.errors++;
    this.message(text);
  }

  finish(): void {
    this.clear();
    this.stream.write(this.line() + "\n");
  }

  line(): string {
    const { documents, claims, errors } = this.tally;
    return `${documents} document${documents === 1 ? "" : "s"}, ${claims} claim${claims === 1 ? "" : "s"}, ${errors} error${errors === 1 ? "" : "s"}`;
  }

  private clear(): void {
    if (this.drawn && this.stream.isTTY) this.stream.write("\r\x1b[K");
    this.drawn = false;
  }
}
