// Bearer-token check for endpoints that change the store; without a configured token they are disabled.
import { timingSafeEqual, createHash } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { ApiError } from "./errors.ts";

export function requireToken(token: string | undefined) {
  const expected = token ? digest(token) : null;
  return async (request: FastifyRequest): Promise<void> => {
    if (!expected) {
      throw new ApiError(403, "writes_disabled", "Adding reports is disabled: start the server with --token or TRIANGULATE_TOKEN to enable it.");
    }
    const header = request.headers.authorization ?? "";
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match) throw new ApiError(401, "unauthorized", "Missing bearer token: send 'Authorization: Bearer <token>'.");
    // Compare digests so the comparison takes the same time whatever the length.
    if (!timingSafeEqual(digest(match[1].trim()), expected)) throw new ApiError(401, "unauthorized", "Wrong bearer token.");
  };
}

const digest = (value: string) => createHash("sha256").update(value).digest();
