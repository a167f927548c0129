// The words around a name: reporting verbs and roles around a person ("said Priya Natarajan, chief economist
// at ..."), workplaces and shares around an organisation ("analysts at Morgan Stanley", "shares of Norvata"),
// datelines ("WASHINGTON —", "MILLBROOK, Vt. —"), and buildings named by where something happens ("at Riverton
// High School" is a FAC, "the White House said" an ORG).
import type { Classified, Piece } from './classify';
import { keyOf, type Lexicon } from './lexicon';

const ROLE = String.raw`(?:president|vice president|chairman|chairwoman|chair|spokes(?:man|woman|person)|director|coach|manager|economist|analyst|strategist|professor|attorney|lawyer|officer|resident|founder|co-founder|chief|captain|striker|goalkeeper|midfielder|defender|forward|quarterback|player|driver|pastor|author|actor|actress|singer|candidate|nominee|commissioner|superintendent|minister|secretary|senator|governor|mayor|judge|sheriff|detective|agent|nurse|doctor|physician|teacher|student|owner|executive|researcher|scientist|engineer|activist|advocate|prosecutor|investigator|historian|editor|reporter|correspondent|columnist|lawmaker|councilman|councilwoman|councilmember|trustee|treasurer|adviser|advisor|deputy|supervisor|organizer|victim|witness|suspect|husband|wife|son|daughter|mother|father|brother|sister|neighbor|friend)`;
const PERSON_BEFORE = new RegExp(String.raw`(?:\b(?:said|says|told|according to|asked|thanked|named|by)|\b${ROLE}s?) $`);
const PERSON_AFTER = /^(?:,? (?:said|says|told|added|wrote|explained|argued|noted|testified|recalled|insisted|warned|admitted)\b|, (?:\d{1,3}|a|an|the|who|whose|chief|senior|head|president|director|executive|spokes\w+|professor|mayor)\b| (?:Jr\.|Sr\.|II|III))/;
/** Nouns after ", a/the" that make the name before them an organisation, not a person. */
const ORG_NOUNS = /\b(?:company|firm|group|agency|organi[sz]ation|nonprofit|non-profit|charity|startup|start-up|maker|provider|manufacturer|retailer|bank|lender|insurer|network|outlet|newspaper|broadcaster|union|department|office|party|club|team|school|university|college|hospital|institute|think tank|coalition|alliance|cartel|gang|militia|brand|chain|platform|app|service|website|fund|foundation|association|council|committee|subsidiary|utility|airline|operator|developer|publisher|studio|label|band|league|authority|ministry|court|board)\b/;

const WORKPLACE_BEFORE = /\b(?:analysts?|economists?|researchers?|scientists?|executives?|employees?|engineers|strategists?|staff(?:ers)?|professor|spokes(?:man|woman|person)|lawyers?|attorneys?|partner|founder|co-founder|CEO|chief executive(?: officer)?|chief economist|chief financial officer|president|chairman|chairwoman|director|manager) (?:at|for) (?:the )?$|\b(?:[Ss]hares|stock|stake|CEO|chief executive(?: officer)?|founder|co-founder|acquisition|subsidiary|shareholders|employees) of (?:the )?$/;
const ORG_AFTER = /^(?:'s|’s|')? (?:shares|stock|shareholders|executives|employees|spokes(?:man|woman|person)|CEO|chief executive|headquarters|board|subsidiary|customers|users|Inc|Corp|Ltd|LLC)\b|^, (?:which is )?(?:based|headquartered) in\b/;
const ORG_AFTER_WORDS = new Set('shares stock shareholders executives employees spokesman spokeswoman spokesperson CEO chief headquarters board subsidiary customers users Inc Inc. Corp Corp. Ltd Ltd. LLC'.split(' '));

/** Nouns that make the name after them an organisation: "the supporters' group Harbor Ultras". */
const ORG_BEFORE = /\b(?:group|company|firm|organi[sz]ation|agency|club|team|band|party|coalition|union|charity|nonprofit|startup|outlet|newspaper|network|gang|cartel|militia|retailer|lender|insurer|broadcaster|publisher|brokerage|bank|chain|maker|manufacturer|developer|operator|airline|carrier|contractor|supplier|conglomerate|subsidiary|watchdog|regulator|think tank|app|platform) (?:called |named |known as )?$/;

/** A person or an organisation told by the words around an otherwise unknown capitalised name of 2 to 4 words. */
export function personOrOrgByContext(text: string, start: number, end: number, words: readonly string[]): Classified | undefined {
  const before = text.slice(Math.max(0, start - 48), start);
  const after = text.slice(end, end + 60);
  if (WORKPLACE_BEFORE.test(before) || ORG_AFTER.test(after) || ORG_BEFORE.test(before)) return { type: 'ORG', score: 0.65 };
  if (words.length < 2 || words.length > 4) return undefined;
  if (!words.every((w) => /^\p{Lu}[\p{L}'’-]*\p{Ll}$|^\p{Lu}\.$/u.test(w))) return undefined;
  if (PERSON_BEFORE.test(before) || PERSON_AFTER.test(after)) {
    if (/^, (?:a|an|the) /.test(after) && ORG_NOUNS.test(after.slice(0, 50))) return { type: 'ORG', score: 0.6 };
    return { type: 'PERSON', score: 0.6 };
  }
  return undefined;
}

/** Last words before a name that can start an organisation's context (a cheap test before the expressions). */
const ORG_CUE_WORDS = new Set([
  ...'of at for called named as group company firm organization organisation agency club team band party coalition union charity nonprofit startup outlet newspaper network gang cartel militia retailer lender insurer broadcaster publisher brokerage bank chain maker manufacturer developer operator airline carrier contractor supplier conglomerate subsidiary watchdog regulator tank app platform'.split(' '),
]);

/** A single unknown capitalised word that the words around it make an organisation ("shares of Norvata"). */
export function orgByContext(text: string, start: number, end: number): Classified | undefined {
  if (!ORG_CUE_WORDS.has(previousWord(text, start)) && !ORG_AFTER_WORDS.has(nextWord(text, end)) && !text.startsWith(', ', end)) return undefined;
  const before = text.slice(Math.max(0, start - 48), start);
  const after = text.slice(end, end + 40);
  return WORKPLACE_BEFORE.test(before) || ORG_AFTER.test(after) || ORG_BEFORE.test(before) ? { type: 'ORG', score: 0.65 } : undefined;
}

/** "in Lubbock, nurses ...": an unknown single name after "in", "near" or "outside" is most often a place (a low score). */
export function placeByContext(text: string, start: number, end: number, lexicon: Lexicon | undefined): Classified | undefined {
  if (!/^(?:[Ii]n|near|outside)$/.test(previousWord(text, start)) || !/^[\p{Ll}\p{N}]*$/u.test(text.slice(start + 1, end))) return undefined;
  const key = keyOf(text.slice(start, end));
  if (lexicon && (lexicon.firstNames.has(key) || lexicon.commonNouns.has(key))) return undefined;
  // The name ends the clause or is followed by lower-case words: not the start of a longer name.
  return /^(?:[,.;:)]|$| [\p{Ll}])/u.test(text.slice(end, end + 2)) ? { type: 'GPE', score: 0.55 } : undefined;
}

/** The word after `end` (after a possessive 's), as written. */
function nextWord(text: string, end: number): string {
  let at = end;
  if (text[at] === "'" || text[at] === '’') at += text[at + 1] === 's' ? 2 : 1;
  if (text[at] !== ' ') return '';
  const stop = text.indexOf(' ', at + 1);
  return text.slice(at + 1, stop < 0 ? text.length : stop);
}

/** The word before `start` (skipping one "the"), as written. */
function previousWord(text: string, start: number): string {
  let end = start - 1;
  if (text[end] !== ' ') return '';
  let from = text.lastIndexOf(' ', end - 1) + 1;
  let word = text.slice(from, end);
  if (word === 'the' && from > 1) {
    end = from - 1;
    from = text.lastIndexOf(' ', end - 1) + 1;
    word = text.slice(from, end);
  }
  return word;
}

/** Datelines at the start of a line: "WASHINGTON —", "AUSTIN, Texas —", "MILLBROOK, Vt. —", "LONDON (Reuters) -". */
const DATELINE = /^([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})(?:, ([A-Z][\p{L}.]+(?: [A-Z][\p{L}.]+)?))?(?: \([^)\n]{1,40}\))? (?:—|–|--?) /gmu;

export function datelines(text: string, isRegion: (name: string) => boolean): Piece[] {
  const out: Piece[] = [];
  for (const m of text.matchAll(DATELINE)) {
    const city = m[1]!;
    if (city.length < 3 && !/\./.test(city)) continue;
    out.push({ start: m.index, end: m.index + city.length, type: 'GPE', score: 0.8 });
    const region = m[2];
    if (region && isRegion(region)) {
      const at = m.index + m[0].indexOf(region, city.length);
      out.push({ start: at, end: at + region.length, type: 'GPE', score: 0.85 });
    }
  }
  return out;
}

const LOCATIVE = /\b(?:at|in|inside|outside|near|into|to|from|toward|towards|across|behind|on the grounds of) (?:the )?$/;
const BUILDING_HEAD = /(?:Hospital|Medical Center|Medical Centre|School|High School|Elementary|Middle School|Clinic|Stadium|Arena)$/;

/** A hospital or school named as a place where something happens is a FAC; the White House is an ORG unless it is. */
export function retype(text: string, piece: Piece): Piece {
  const name = text.slice(piece.start, piece.end);
  const before = text.slice(Math.max(0, piece.start - 24), piece.start);
  if (piece.type === 'ORG' && BUILDING_HEAD.test(name) && LOCATIVE.test(before)) return { ...piece, type: 'FAC', score: Math.max(piece.score, 0.8) };
  if (name === 'White House' && /\b(?:at|inside|outside|near|into|to|toward|on) the $/.test(before) && !/^ (?:said|says|announced|told)\b/.test(text.slice(piece.end, piece.end + 12))) {
    return { ...piece, type: 'FAC', score: 0.8 };
  }
  return piece;
}

/** "Joaquín 'El Chapo' Guzmán", "Ismael 'El Mayo' Zambada": a given name, a nickname in quotes and a surname. */
const NICKNAME = /(\p{Lu}[\p{L}-]+) ['"](\p{Lu}[\p{L}.-]*(?: \p{Lu}?[\p{L}.-]+){0,2})['"] (\p{Lu}[\p{L}-]+)(?: (\p{Lu}[\p{L}-]+))?/uy;

export function nicknames(text: string, lexicon: Lexicon | undefined): Piece[] {
  const out: Piece[] = [];
  if (!lexicon) return out;
  // Only where a quotation mark opens right after a capitalised word: "Ismael 'El".
  for (const q of text.matchAll(/ ['"]\p{Lu}/gu)) {
    let from = q.index;
    while (from > 0 && /[\p{L}-]/u.test(text[from - 1]!)) from--;
    if (from === q.index || !/\p{Lu}/u.test(text[from]!)) continue;
    NICKNAME.lastIndex = from;
    const m = NICKNAME.exec(text);
    if (!m || m.index !== from) continue;
    if (!lexicon.firstNames.has(keyOf(m[1]!))) continue;
    // A second surname ("Guzmán López") only when the lexicon knows it.
    const end = m.index + m[0].length - (m[4] && !lexicon.lastNames.has(keyOf(m[4])) ? m[4].length + 1 : 0);
    out.push({ start: m.index, end, type: 'PERSON', score: 0.8 });
  }
  return out;
}
