// The NLP libraries, loaded lazily (on the first suggestion, never at activation) behind small typed
// wrappers: src/core is type-checked without DOM or Node typings, and only what the engines use is typed here.

/** One match of compromise's `.json({offset: true})`. */
export interface CompromiseMatch {
  readonly text: string;
  readonly offset: { readonly start: number; readonly length: number };
  readonly terms: ReadonlyArray<{ readonly text: string; readonly tags?: readonly string[] }>;
}
interface CompromiseView {
  people(): CompromiseView;
  places(): CompromiseView;
  organizations(): CompromiseView;
  match(pattern: string): CompromiseView;
  json(options: { offset: boolean; terms?: boolean }): CompromiseMatch[];
}
/** compromise's word list: lower-case word or phrase -> tag or tags ("FemaleName", "City", "Organization", ...). */
export type CompromiseLexicon = Readonly<Record<string, string | readonly string[]>>;
export interface Compromise {
  (text: string): CompromiseView;
  world(): { readonly model: { readonly one: { readonly lexicon: CompromiseLexicon } } };
}

/** wink-nlp, as the entity engine uses it. */
export interface WinkEntity {
  out(what?: unknown): unknown;
}
export interface WinkDoc {
  entities(): { each(f: (e: WinkEntity) => void): void };
  tokens(): { out(what?: unknown): unknown };
}
export interface Wink {
  readDoc(text: string): WinkDoc;
  readonly its: { readonly type: unknown; readonly span: unknown; readonly precedingSpaces: unknown; readonly value: unknown };
}

let compromise: Promise<Compromise> | undefined;
let wink: Promise<Wink> | undefined;

function defaultExport<T>(module: unknown): T {
  const m = module as { default?: unknown };
  return (m.default ?? module) as T;
}

export function loadCompromise(): Promise<Compromise> {
  compromise ??= import('compromise').then((m) => defaultExport<Compromise>(m));
  return compromise;
}

export function loadWink(): Promise<Wink> {
  wink ??= Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]).then(([w, model]) => {
    const winkNLP = defaultExport<(model: unknown) => Wink>(w);
    return winkNLP(defaultExport<unknown>(model));
  });
  return wink;
}
