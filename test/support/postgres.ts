// A throwaway PostgreSQL server for tests: one per test process, a fresh database for every caller.
// Uses DATABASE_URL when set; otherwise initdb + pg_ctl from /usr/lib/postgresql/*/bin on a unix socket in a temp dir.
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";

export interface TestDatabase {
  /** Connection URL of a fresh, empty database. */
  url: string;
  /** Drops the database (the server itself stops when the process exits). */
  drop(): Promise<void>;
}

interface Server {
  /** URL of the maintenance database, to CREATE/DROP test databases from. */
  adminUrl: string;
  urlFor(database: string): string;
}

function findBinDir(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, "bin", "pg_ctl"))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (!versions.length) {
    throw new Error("PostgreSQL binaries not found under /usr/lib/postgresql/*/bin: install them (apt-get install -y postgresql) or set DATABASE_URL");
  }
  return join(root, versions[0]!, "bin");
}

/** Runs a PostgreSQL tool, as the postgres user when we are root (PostgreSQL refuses to run as root). */
function runAsOwner(asPostgres: boolean, tool: string, args: string[]): void {
  const [cmd, argv] = asPostgres ? ["runuser", ["-u", "postgres", "--", tool, ...args]] : [tool, args];
  try {
    execFileSync(cmd, argv, { stdio: ["ignore", "pipe", "pipe"], cwd: "/" });
  } catch (error) {
    const e = error as { stderr?: Buffer; stdout?: Buffer; message: string };
    throw new Error(`${tool} failed: ${e.stderr?.toString() || e.stdout?.toString() || e.message}`);
  }
}

function startLocalServer(): Server {
  const bin = findBinDir();
  const asPostgres = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), "triangulate-pg-"));
  if (asPostgres) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, "data");
  runAsOwner(asPostgres, join(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--no-instructions"]);
  // Unix socket only; durability off because the data is thrown away.
  const serverOptions = `-k ${dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  runAsOwner(asPostgres, join(bin, "pg_ctl"), ["-D", data, "-o", serverOptions, "-l", join(dir, "server.log"), "-w", "-t", "60", "start"]);
  process.on("exit", () => {
    try {
      runAsOwner(asPostgres, join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  const urlFor = (database: string) => `postgresql://postgres@localhost/${database}?host=${encodeURIComponent(dir)}`;
  return { adminUrl: urlFor("postgres"), urlFor };
}

function externalServer(url: string): Server {
  const urlFor = (database: string) => {
    const u = new URL(url);
    u.pathname = `/${database}`;
    return u.toString();
  };
  return { adminUrl: url, urlFor };
}

let server: Server | null = null;

function getServer(): Server {
  server ??= process.env.DATABASE_URL ? externalServer(process.env.DATABASE_URL) : startLocalServer();
  return server;
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: getServer().adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Drops a test database. A pool's end() resolves before its sockets have closed, and forcing the drop then would
 * make those closing clients emit errors; so wait for them to go, and force only as a last resort.
 */
async function dropDatabase(name: string): Promise<void> {
  await admin(async (c) => {
    for (let attempt = 0; attempt < 50; attempt++) {
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name}`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== "55006") throw error; // 55006: still being accessed
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}

/** A fresh database (t_<random>) on this process's test server. */
export async function withPostgres(): Promise<TestDatabase> {
  const name = `t_${randomBytes(6).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  return {
    url: getServer().urlFor(name),
    drop: () => dropDatabase(name),
  };
}
