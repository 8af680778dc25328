// The default pipeline, in order. Order here matters: each stage reads what earlier ones assigned.
import { assemble, type Stage } from "./stage.ts";
import { sentencesStage } from "./stages/sentences/sentences.stage.ts";
import { numbersStage } from "./stages/numbers/numbers.stage.ts";
import { timesStage } from "./stages/times/times.stage.ts";
import { entitiesStage } from "./stages/entities/entities.stage.ts";
import { attributionStage } from "./stages/attribution/attribution.stage.ts";
import { claimsStage } from "./stages/claims/claims.stage.ts";

let cached: Stage[] | null = null;

export function defaultStages(): Stage[] {
  cached ??= assemble([
    sentencesStage, // text -> sentence spans
    numbersStage, // sentences -> quantities with values, qualifiers and counted nouns
    timesStage, // figures' sentences -> dates and periods resolved against publication
    entitiesStage, // people, organisations, places (geocoded)
    attributionStage, // speech cues -> who says so, pronouns and descriptions resolved
    claimsStage, // everything above -> claims
  ]);
  return cached;
}
