// Lines of a list, a fact box or a table: read by the time stage (to date them by their heading) and by the claims stage.

/** A table's row ("| Kharkiv | 12 |"), a bulleted item ("• 447 people killed"), or a fact box's "Label: N" line. */
export const LIST_ITEM_LINE = /^(?:\||[•*▪◦-]\s|(?:[\p{L}\d'’()-]+\s+){0,6}[\p{L}\d'’()-]+\s*[:–—]\s*[~<>≈]?\s*\d)/u;
