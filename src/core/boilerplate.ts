// Page chrome that scrapers leave around an article: navigation ("Skip to content"), rule lines ("_"),
// newsletter and paywall notices, "More information", copyright lines. Found only at a document's head and
// tail, and never past the first line that reads as article text.
import { lines, wordCount, type Line } from './text';

export interface BoilerplateOptions {
  readonly enabled: boolean;
  /** Navigation lines: a line that is one of these phrases, optionally followed by up to three words. */
  readonly phrases: readonly string[];
  /** Regular expressions (case-insensitive) for other chrome lines: newsletter sign-ups, copyright, ... */
  readonly patterns: readonly string[];
  /** Lines of at most this many words without a final period are "weak": chrome only next to chrome. */
  readonly shortLineWords: number;
}

export const DEFAULT_BOILERPLATE: BoilerplateOptions = {
  enabled: true,
  phrases: [
    'skip to content', 'skip to main content', 'skip to navigation', 'menu', 'search', 'home', 'sections', 'close',
    'share', 'share this', 'share this article', 'print', 'email', 'comments', 'advertisement', 'sponsored content',
    'log in', 'login', 'sign in', 'sign up', 'register', 'subscribe', 'subscribe now', 'accept cookies', 'back to top',
    'most read', 'most popular', 'trending', 'related', 'related articles', 'related stories', 'read more',
    'more information', 'more on this story', 'see also', 'recommended', 'recommended for you', 'you may also like',
    'archived in', 'filed under', 'tags', 'topics', 'follow us',
    'más información', 'recomendaciones', 'lo más visto', 'lo más leído', 'te puede interesar', 'compartir',
    'plus d’informations', 'à lire aussi', 'mehr zum thema', 'weitere artikel',
  ],
  patterns: [
    '\\b(?:sign up|subscribe|register)\\b.{0,60}\\bnewsletters?\\b',
    '^(?:©|\\(c\\)\\s*\\d{4}|copyright\\b)',
    '\\ball rights reserved\\b',
    '\\b(?:cookie policy|privacy policy|terms of (?:use|service))\\b',
  ],
  shortLineWords: 6,
};

// Paywall notices, in several languages: a line that names two of these things (a subscription and a device,
// an account and a subscription, reading and a device...), or one of them addressed to the reader.
const PAYWALL_TERMS: readonly RegExp[] = [
  /\b(?:subscri\w*|suscri\w*|abonn\w*|abo|assinatur\w*|premium|paywall)\b/iu,
  /\b(?:accounts?|cuentas?|comptes?|kontos?|contas?|password|contraseña|mot de passe|log(?:ged)? ?in|sign(?:ed)? ?in)\b/iu,
  /\b(?:devices?|dispositivos?|appareils?|geräte?n?)\b/iu,
  /\b(?:(?:continue|keep) reading|free articles?|article limit|leyendo|leer|lectura|lire|lesen)\b/iu,
];
const ADDRESSED_TO_READER = /\b(?:your?|you're|tu|tus|te|votre|vos|vous|dein\w*|ihr\w*|seu|sua)\b/iu;
// Quoted speech or an attribution cue marks article text, whatever else the line holds.
const ARTICLE_SIGNS = /[“”"]|\b(?:said|says|told|according to|dijo|afirmó|según)\b/iu;
const RULE_LINE = /^[\s_\-=*•·|~#+.]+$/u;

type LineKind = 'blank' | 'strong' | 'weak' | 'article';

/** How a boilerplate pattern (built in or from `seedAnnotator.boilerplate.patterns`) is compiled; throws if invalid. */
export function compileBoilerplatePattern(source: string): RegExp {
  return new RegExp(source, 'iu');
}

export class BoilerplateClassifier {
  private readonly phrases: RegExp | undefined;
  private readonly patterns: RegExp[];

  constructor(private readonly options: BoilerplateOptions = DEFAULT_BOILERPLATE) {
    const escaped = options.phrases.map((p) => p.trim()).filter(Boolean).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    this.phrases = escaped.length ? new RegExp(`^(?:${escaped.join('|')})(?:\\s+\\S+){0,3}$`, 'iu') : undefined;
    this.patterns = [];
    for (const source of options.patterns) {
      try {
        this.patterns.push(compileBoilerplatePattern(source));
      } catch {
        // configFrom reports invalid patterns and leaves them out; one given directly just matches nothing.
      }
    }
  }

  classify(line: string): LineKind {
    const text = line.trim();
    if (text === '') return 'blank';
    if (RULE_LINE.test(text)) return 'strong';
    if (ARTICLE_SIGNS.test(text)) return 'article';
    const bare = text.replace(/[\s.:;,!?»›→>|·•-]+$/u, '');
    if (this.phrases?.test(bare)) return 'strong';
    if (this.patterns.some((p) => p.test(text))) return 'strong';
    if (isPaywall(text)) return 'strong';
    if (wordCount(text) <= this.options.shortLineWords && !/[.…]$/u.test(text)) return 'weak';
    return 'article';
  }

  /** Boilerplate ranges of the document body [bodyStart, bodyEnd) of `text`, in file offsets. */
  find(text: string, bodyStart: number, bodyEnd: number): Array<[number, number]> {
    if (!this.options.enabled || bodyEnd <= bodyStart) return [];
    const all = [...lines(text, bodyStart, bodyEnd)];
    const ranges: Array<[number, number]> = [];
    const head = this.edgeRun(text, all);
    if (head) ranges.push([bodyStart, head.end]);
    const tail = this.edgeRun(text, [...all].reverse());
    if (tail) {
      const last = ranges[ranges.length - 1];
      if (last && tail.start <= last[1]) last[1] = bodyEnd; // all chrome: one range
      else ranges.push([tail.start, bodyEnd]);
    }
    return ranges;
  }

  /**
   * Walks lines from a document edge while they are not article text; returns the strong line nearest the
   * article (weak lines beyond it are only kept when chrome surrounds them).
   */
  private edgeRun(text: string, ordered: readonly Line[]): Line | undefined {
    let innermostStrong: Line | undefined;
    for (const line of ordered) {
      const kind = this.classify(text.slice(line.start, line.end));
      if (kind === 'article') break;
      if (kind === 'strong') innermostStrong = line;
    }
    return innermostStrong;
  }
}

function isPaywall(text: string): boolean {
  const hits = PAYWALL_TERMS.filter((re) => re.test(text)).length;
  if (hits >= 2) return true;
  return hits === 1 && ADDRESSED_TO_READER.test(text);
}
