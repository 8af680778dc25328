// `triangulate serve`: the REST API and the dashboard in one process, over the SQLite file or DATABASE_URL.
import { InvalidArgumentError, type Command } from "commander";

interface ServeFlags {
  db?: string;
  port: number;
  host: string;
  token?: string;
  web: boolean;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError("a port is a whole number from 0 to 65535");
  return n;
}

export function register(program: Command): void {
  program
    .command("serve")
    .description("serve the REST API (/api, /docs, /openapi.json) and the dashboard")
    .option("--db <file>", "SQLite database file (default ./triangulate.db; DATABASE_URL selects PostgreSQL)")
    .option("--port <port>", "port to listen on", port, 8080)
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--token <token>", "bearer token that POST /api/reports requires (or env TRIANGULATE_TOKEN); without one, adding reports is disabled")
    .option("--no-web", "serve the API only, without the dashboard")
    .action(run);
}

async function run(flags: ServeFlags): Promise<void> {
  // The server's modules load only when it starts: every command is registered at start-up.
  const [{ buildApp }, { ensureWebBuilt }, { openStore }] = await Promise.all([import("../../api/app.ts"), import("../../api/web-build.ts"), import("../../store/open-store.ts")]);
  const webRoot = flags.web ? await ensureWebBuilt((line) => console.error(line)) : false;
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const store = await openStore({ db: flags.db, databaseUrl });
  const token = flags.token ?? (process.env.TRIANGULATE_TOKEN || undefined);
  const app = await buildApp({ store, token, webRoot, logger: { level: process.env.LOG_LEVEL ?? "warn" } });
  const shutdown = async () => {
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  const address = await app.listen({ port: flags.port, host: flags.host });
  const where = databaseUrl ? "PostgreSQL (DATABASE_URL)" : (flags.db ?? "./triangulate.db");
  console.error(`triangulate: serving ${where} at ${address}${webRoot ? "  (dashboard /, API /api, docs /docs)" : "  (API /api, docs /docs)"}`);
  if (!token) console.error("triangulate: no --token or TRIANGULATE_TOKEN: POST /api/reports is disabled.");
}
