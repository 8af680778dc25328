// PLACEHOLDER (written by the store/ingest helper so ingest runs): the entities helper replaces this file.
// Groups mentions by type and exact canonical name only; no aliases, transliteration or geocoding.
import type { EntityMention } from "../doc/document.ts";
import type { EntityRecord } from "../store/store.ts";

export function resolveEntities(docs: { id: string; entities: EntityMention[] }[]): EntityRecord[] {
  const byKey = new Map<string, EntityRecord>();
  for (const doc of docs) {
    for (const m of doc.entities) {
      const key = `${m.type}:${m.canonical.toLowerCase()}`;
      let record = byKey.get(key);
      if (!record) {
        const id = `${m.type}-${m.canonical.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-")}`;
        record = { id, name: m.canonical, type: m.type, aliases: [], lat: m.lat ?? null, lon: m.lon ?? null, precision: m.precision ?? null, mentions: [] };
        byKey.set(key, record);
      }
      if (!record.aliases.includes(m.text)) record.aliases.push(m.text);
      record.mentions.push({ doc: doc.id, span: [m.start, m.end], text: m.text });
    }
  }
  return [...byKey.values()];
}
