// The annotated document: the one object every pipeline stage reads and extends.
// All offsets are JavaScript string offsets [start, end) into `text`, exactly as read.

export type Category =
  | "killed" | "wounded" | "evacuated" | "fled" | "surrendered" | "detained" | "arrived" | "present" | "other";

export const PEOPLE_CATEGORIES: readonly Category[] = [
  "killed", "wounded", "evacuated", "fled", "surrendered", "detained", "arrived", "present",
];

export type Qualifier = "exact" | "approx" | "min" | "max" | "range" | "vague";

export type EntityType = "person" | "org" | "place";

export interface Span {
  start: number;
  end: number;
}

/** Metadata about a report, from a manifest, a JSONL record, a page or the command line. */
export interface DocMeta {
  title?: string | null;
  url?: string | null;
  /** ISO date (YYYY-MM-DD) the report was published, when known. */
  published?: string | null;
  /** Where `published` came from, so a reader can judge it. */
  publishedFrom?: "manifest" | "record" | "option" | "text" | "page" | null;
  outlet?: string | null;
  agency?: string | null;
  /** Path of the file it was read from, relative to the folder given. */
  path?: string | null;
  collection?: string | null;
}

/** A report before any stage ran: what the readers produce. */
export interface SourceDoc {
  id: string;
  text: string;
  meta: DocMeta;
}

/** A number phrase: "almost 3,000 people", "hundreds of fighters", "a 17-year-old boy". */
export interface NumberMention extends Span {
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** The vague magnitude word when qualifier is "vague" ("hundreds", "dozens"). */
  vague: string | null;
  /** Offset where the counted noun phrase ends (the quantity phrase may extend to it). */
  nounEnd: number;
  /** The counted noun as written ("civilians", "IS fighters"), or "" when none follows. */
  noun: string;
  /** Why this number is not about people (an age, a date, a duration...), or null. */
  notPeople: string | null;
  /** The short subject the counted noun maps to (people, civilians, fighters...), when it counts people. */
  subject?: string;
  /** True for "a man", "an officer": one person named by an article. */
  singular?: boolean;
  /** Offsets of the number itself, without qualifier and noun. */
  numberStart?: number;
  numberEnd?: number;
}

/** A time expression resolved against the publication date. */
export interface TimeMention extends Span {
  text: string;
  /** ISO dates (YYYY-MM-DD), inclusive. */
  from: string;
  to: string;
  /** "point" for a day, "period" for a stretch of days. */
  kind: "point" | "period";
}

/** A name of a person, organisation or place as written in this document. */
export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** The fullest form this document gives for the same thing ("Mustefa Bali" for a later "Bali"). */
  canonical: string;
  /** For people: the organisation the text ties them to, spelled out, when stated. */
  org?: string | null;
  /** For places: coordinates from the gazetteer, when found. */
  lat?: number | null;
  lon?: number | null;
  precision?: "village" | "city" | "district" | "province" | "country" | "region" | null;
  /** True when the words describe rather than name it ("the Britain-based monitor" for the organisation named earlier). */
  descriptor?: boolean;
}

/** Who the text says gives a figure: a speech cue and the speaker it resolves to. */
export interface Attribution extends Span {
  /** The text of the cue ("Mustefa Bali said on Twitter", "according to the UN"). */
  text: string;
  /** The speaker as written after resolving pronouns and descriptors. */
  name: string;
  /** The organisation, spelled out. */
  org: string | null;
  /** The sentence (index into doc.sentences) this attribution covers. */
  sentence: number;
  /** When the source said it (ISO date), if stated. */
  said: string | null;
  /** Offsets of the speech verb ("said", "according to"). */
  verbStart?: number;
  verbEnd?: number;
  /** What the speaker resolved to. */
  speakerKind?: "person" | "org" | "other";
}

export interface ClaimSource {
  name: string;
  org: string | null;
  text: string;
}

export interface ClaimPlace {
  name: string;
  lat: number | null;
  lon: number | null;
  precision?: string | null;
}

export interface ClaimTime {
  start: string;
  end: string;
  text: string;
}

/** One reported figure about people: the record `extract --format jsonl` prints (docs/claims.md). */
export interface Claim {
  doc: string;
  span: [number, number];
  text: string;
  sentence: [number, number];
  category: Category;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  vague?: string | null;
  subject: string;
  source: ClaimSource | null;
  place: ClaimPlace | null;
  time: ClaimTime | null;
  said: string | null;
  hedge: string | null;
  /** How the value was worked out where the text gives it only in parts ("3 shot, less 1 fatally"); absent otherwise. */
  derived?: string | null;
}

/** The annotated document. Stages fill the layers in order; a layer is empty until its stage ran. */
export interface AnnotatedDoc extends SourceDoc {
  sentences: Span[];
  numbers: NumberMention[];
  times: TimeMention[];
  entities: EntityMention[];
  attributions: Attribution[];
  claims: Claim[];
}

export type Layer = "sentences" | "numbers" | "times" | "entities" | "attributions" | "claims";

export function annotate(source: SourceDoc): AnnotatedDoc {
  // (Fields named one by one: V8 copies a spread of a reader's three-field object some twenty times slower.)
  return { id: source.id, text: source.text, meta: source.meta, sentences: [], numbers: [], times: [], entities: [], attributions: [], claims: [] };
}
