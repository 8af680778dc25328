// Shared by the hostile-input suite: run the real CLI, and watch a child's peak memory through /proc.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = new URL("../../", import.meta.url).pathname;
export const CLI = join(ROOT, "bin/triangulate.mjs");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Highest resident set size seen (VmHWM, the kernel's own peak), in MB; 0 when /proc is not readable. */
  peakRssMb: number;
}

function peakRss(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Runs `triangulate …` to the end, sampling its peak memory while it runs. */
export function runCli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, DATABASE_URL: undefined, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  let peak = 0;
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const timer = setInterval(() => (peak = Math.max(peak, peakRss(child.pid!))), 25);
  return new Promise((resolve) => {
    child.on("exit", (code) => {
      clearInterval(timer);
      resolve({ code, stdout, stderr, peakRssMb: peak });
    });
  });
}

export const lines = (text: string) => text.split("\n").filter((l) => l.trim() !== "");
