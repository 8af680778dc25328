// Word tokens with exact offsets, and the facts about each that the entity tagger reads.

export interface Token {
  start: number;
  end: number;
  text: string;
  /** A word (letters or digits) rather than punctuation. */
  word: boolean;
  /** Starts with a capital letter, or an Arabic article glued to a capitalised name ("al-Baghdadi"). */
  cap: boolean;
  /** All capitals, two letters or more ("SDF", "ISIS"). */
  acronym: boolean;
  /** First word of a sentence, a headline line or a clause after a colon. */
  sentenceStart: boolean;
  /** Only spaces or tabs (no line break) separate it from the previous token. */
  sameLine: boolean;
  /** Whitespace between it and the previous token. */
  spaced: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:[-‐.&][\p{L}\p{N}]+(?:['’][\p{L}]+)*)*/uy;
const ARTICLE_GLUED = /^(?:al|el|ad|ar|as|ash|at|az|ez|an|ed|es|et|ul|ud|ur|bin|ibn|abu|abd)[-‐]\p{Lu}/u;
const POSSESSIVE = /['’]s$/;

/** Splits text into word and punctuation tokens; possessive 's becomes its own token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let pendingStart = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (ch === "\n") pendingStart = true;
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    let end = m ? i + m[0].length : i + 1;
    let word = !!m;
    if (m && /\.$/.test(m[0])) end--; // never swallow a sentence's full stop
    // Crawled pages glue a headline to the body ("Los Angeles TimesJassely Lupoe"): split there.
    let glued = false;
    if (m) {
      const split = gluedAt(text.slice(i, end));
      if (split > 0) (end = i + split), (glued = true);
    }
    let possessive: number | null = null;
    if (word && POSSESSIVE.test(text.slice(i, end)) && end - i > 2) possessive = end - 2;
    const push = (s: number, e: number, isWord: boolean) => {
      const prev = tokens[tokens.length - 1];
      const gap = prev ? text.slice(prev.end, s) : "";
      const t = text.slice(s, e);
      tokens.push({
        start: s, end: e, text: t, word: isWord,
        cap: isWord && (/^\p{Lu}/u.test(t) || ARTICLE_GLUED.test(t)),
        acronym: isWord && /^\p{Lu}[\p{Lu}\d]+$/u.test(t),
        sentenceStart: isWord && pendingStart,
        sameLine: !gap.includes("\n"),
        spaced: gap.length > 0,
      });
      if (isWord) pendingStart = false;
    };
    if (possessive !== null) {
      push(i, possessive, true);
      push(possessive, end, false);
    } else push(i, end, word);
    if (!word) {
      // A sentence ends at . ! ? (closing quotes may follow) and at a colon or dash that opens a clause.
      const prev = tokens[tokens.length - 2];
      const abbreviation = ch === "." && prev !== undefined && prev.word && prev.end === i && (isAbbreviation(prev) || /^\p{Lu}$/u.test(prev.text));
      if (/[.!?:;—–|•]/.test(ch) && !abbreviation) pendingStart = true;
      else if (!/["'“”‘’()[\]]/.test(ch)) pendingStart = pendingStart && /["'“”‘’(\[]/.test(ch);
    }
    if (glued) pendingStart = true;
    i = end;
  }
  return tokens;
}

const GLUED_OK = /^(?:Mc|Mac|O|De|Di|Da|Du|La|Le|Van|Von|Al|El|Abu|Ibn|Bin)$/;
const CAMEL_WORDS = new Set(["YouTube", "WhatsApp", "TikTok", "LinkedIn", "PayPal", "PlayStation", "JavaScript", "BlackRock", "SpaceX", "OpenAI", "DeepMind", "FedEx", "HarperCollins", "PricewaterhouseCoopers", "GlaxoSmithKline", "BuzzFeed", "HuffPost", "DailyMail", "FactCheck", "CrowdStrike"]);

/** Offset where a lower-case run meets a capital inside one word ("TimesJassely" -> 5), or 0. */
function gluedAt(word: string): number {
  if (CAMEL_WORDS.has(word) || /[-'’.]/.test(word)) return 0;
  const m = /^(\p{Lu}?\p{Ll}{2,})(?=\p{Lu})/u.exec(word);
  if (!m || GLUED_OK.test(m[1]!)) return 0;
  return m[1]!.length;
}

/** True for "Mr." style abbreviations whose full stop does not end a sentence. */
export function isAbbreviation(token: Token): boolean {
  return /^(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Brig|Adm|Cmdr|Rev|Fr|St|Sen|Rep|Gov|Jr|Sr|No|U\.S|U\.N|U\.K)$/.test(token.text);
}
