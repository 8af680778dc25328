// Writes to a stream, waiting when it is full, so large outputs are streamed rather than buffered.
import { once } from "node:events";
import type { Writable } from "node:stream";

export class Output {
  constructor(private readonly stream: Writable = process.stdout) {}

  async write(chunk: string): Promise<void> {
    if (!this.stream.write(chunk)) await once(this.stream, "drain");
  }
}

/** Ends the process quietly when the reader of stdout goes away (`| head`). */
export function exitOnBrokenPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}
