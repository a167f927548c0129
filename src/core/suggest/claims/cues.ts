// The words the claims engine recognises, as data: extend these lists (lower case) to teach it new cues.
// No rule elsewhere names a particular sentence; every pattern is built from these lists.

/**
 * Reporting verbs that take their content with or without "that" ("X said Y", "X said that Y", "Y, X said"),
 * in every form the engine looks for. A content without "that" must still look like a clause.
 */
export const SAY_VERBS: readonly string[] = [
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told',
  'add', 'adds', 'added',
  'claim', 'claims', 'claimed',
  'allege', 'alleges', 'alleged',
  'argue', 'argues', 'argued',
  'insist', 'insists', 'insisted',
  'explain', 'explains', 'explained',
  'note', 'notes', 'noted',
  'write', 'writes', 'wrote',
  'believe', 'believes', 'believed',
  'think', 'thinks', 'thought',
  'estimate', 'estimates', 'estimated',
  'predict', 'predicts', 'predicted',
  'contend', 'contends', 'contended',
  'maintain', 'maintains', 'maintained',
  'assert', 'asserts', 'asserted',
  'report', 'reports', 'reported',
  'suggest', 'suggests', 'suggested',
  'acknowledge', 'acknowledges', 'acknowledged',
  'admit', 'admits', 'admitted',
  'stress', 'stresses', 'stressed',
  'emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasises', 'emphasised',
  'warn', 'warns', 'warned',
  'state', 'states', 'stated',
  'testify', 'testifies', 'testified',
  'recall', 'recalls', 'recalled',
  'counter', 'counters', 'countered',
  'concede', 'concedes', 'conceded',
  'complain', 'complains', 'complained',
  'reply', 'replies', 'replied',
  'respond', 'responds', 'responded',
  'remark', 'remarks', 'remarked',
  'observe', 'observes', 'observed',
  'caution', 'cautions', 'cautioned',
  'posted', 'tweeted', 'wrote',
];

/** Reporting verbs that introduce a content only with "that" ("X announced that Y", not "X announced a plan"). */
export const THAT_VERBS: readonly string[] = [
  'announce', 'announces', 'announced',
  'confirm', 'confirms', 'confirmed',
  'deny', 'denies', 'denied',
  'reveal', 'reveals', 'revealed',
  'disclose', 'discloses', 'disclosed',
  'indicate', 'indicates', 'indicated', 'indicating',
  'find', 'finds', 'found',
  'show', 'shows', 'showed', 'shown',
  'conclude', 'concludes', 'concluded',
  'declare', 'declares', 'declared',
  'promise', 'promises', 'promised',
  'vow', 'vows', 'vowed',
  'pledge', 'pledges', 'pledged',
  'agree', 'agrees', 'agreed',
  'point out', 'points out', 'pointed out',
  'expect', 'expects', 'expected',
  'fear', 'fears', 'feared',
  'hope', 'hopes', 'hoped',
  'project', 'projects', 'projected',
  'forecast', 'forecasts',
  'accept', 'accepts', 'accepted',
  'assure', 'assures', 'assured',
  'boast', 'boasts', 'boasted',
  'speculate', 'speculates', 'speculated',
  'acknowledging', 'adding', 'arguing', 'claiming', 'noting', 'warning', 'insisting', 'stressing', 'explaining',
];

/** Verbs that put the speaker after a quote or a content: `“…,” said X` / `Y, said X.` */
export const INVERTED_VERBS: readonly string[] = [
  'said', 'says', 'added', 'adds', 'wrote', 'writes', 'explained', 'noted', 'argued', 'continued', 'asked', 'replied',
  'insisted', 'warned', 'stated', 'recalled', 'countered', 'concluded', 'told',
];

/** Verbs that, after a quote, attribute it though they take no "that" (“…?” she asked). */
export const QUOTE_ONLY_VERBS: readonly string[] = [
  'asked', 'asks', 'continued', 'continues', 'joked', 'jokes', 'quipped', 'shouted', 'yelled', 'laughed', 'sighed', 'wondered',
  'declared', 'announced', 'confirmed', 'concluded', 'promised', 'vowed', 'pledged', 'acknowledged', 'admitted', 'boasted',
  'tweeted', 'posted', 'recounted', 'responded', 'replied', 'reflected', 'urged', 'pleaded', 'agreed', 'disagreed',
];

/** Verbs of a passive report with an empty subject: "it was reported that Y", "it is alleged that Y". */
export const PASSIVE_VERBS: readonly string[] = [
  'reported', 'alleged', 'claimed', 'said', 'announced', 'confirmed', 'estimated', 'believed', 'understood',
  'thought', 'feared', 'expected', 'argued', 'suggested', 'rumoured', 'rumored', 'known',
];

/** Phrases that put the source after them: "according to X, Y" / "Y, according to X". */
export const SOURCE_PREPOSITIONS: readonly string[] = ['according to', 'as reported by', 'per', 'in the words of', 'citing'];

/** Words between the source and the verb that belong to neither ("X has also said"). */
export const AUXILIARIES: readonly string[] = [
  'has', 'have', 'had', 'also', 'previously', 'repeatedly', 'later', 'again', 'earlier', 'then', 'will', 'would',
  'reportedly', 'publicly', 'separately', 'privately', 'recently', 'once', 'first', 'initially', 'falsely', 'wrongly',
  'long', 'further', 'often', 'frequently', 'now', 'already', 'still', 'since', 'allegedly', 'apparently', 'quickly',
  'flatly', 'angrily', 'bluntly', 'openly', 'simply', 'correctly', 'rightly', 'has also', 'had also', 'may', 'might',
  'could', 'can', 'is', 'was', 'were', 'are', 'been', 'being', 'be', 'have long', 'has long', 'had long',
];

/** Phrases after a verb that are neither cue nor content ("said on Monday that", "told reporters that"). */
export const TIME_WORDS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night',
];

/** Audiences of "told": "told reporters", "told the BBC". Capitalised names are audiences too. */
export const AUDIENCES: readonly string[] = [
  'reporters', 'journalists', 'the press', 'lawmakers', 'legislators', 'investigators', 'supporters', 'employees',
  'staff', 'members', 'residents', 'parents', 'students', 'the audience', 'the crowd', 'the court', 'the jury',
  'the committee', 'the council', 'the board', 'colleagues', 'senators', 'congress', 'parliament', 'the paper',
  'the newspaper', 'the station', 'the network', 'the magazine', 'viewers', 'listeners', 'readers', 'shareholders',
  'investors', 'analysts', 'me', 'us', 'him', 'her', 'them', 'fans', 'the outlet', 'this newspaper', 'this reporter',
];

/** Nouns that stand as a source without a capital or a determiner ("officials said", "experts warn"). */
export const SOURCE_NOUNS: readonly string[] = [
  'officials', 'authorities', 'police', 'experts', 'analysts', 'economists', 'researchers', 'scientists', 'doctors',
  'critics', 'residents', 'witnesses', 'prosecutors', 'investigators', 'sources', 'lawmakers', 'legislators',
  'supporters', 'opponents', 'activists', 'observers', 'advocates', 'executives', 'leaders', 'organizers',
  'organisers', 'spokesperson', 'spokesman', 'spokeswoman', 'parents', 'teachers', 'students', 'fans', 'players',
  'coaches', 'people', 'reports', 'documents', 'data', 'studies', 'polls', 'surveys', 'figures', 'records',
  'regulators', 'engineers', 'farmers', 'workers', 'unions', 'voters', 'diplomats', 'agents', 'troops', 'soldiers',
  'nurses', 'physicians', 'epidemiologists', 'meteorologists', 'forecasters', 'climatologists', 'environmentalists',
];

/** Pronouns that stand as a source (reported as text: resolving them is the annotator's job). */
export const SOURCE_PRONOUNS: readonly string[] = ['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'both', 'many', 'some', 'others', 'one'];

/** Words that open a noun phrase. */
export const DETERMINERS: readonly string[] = [
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some',
  'many', 'several', 'few', 'most', 'all', 'both', 'two', 'three', 'four', 'five', 'other', 'another', 'one', 'each',
  'no', 'any', 'senior', 'top', 'local', 'federal', 'state', 'city', 'county', 'former', 'u.s.',
];

/** Words that cannot be inside a source noun phrase: a finite verb or a clause marker means the text before the cue is a clause, not a speaker. */
export const NOT_IN_SOURCE: readonly string[] = [
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'that', 'which', 'because', 'if', 'when', 'while', 'but', 'and',
  'or', 'so', 'did', 'does', 'do', 'not', 'no', "didn't", "doesn't", "don't", 'never', 'than', 'as', 'to', 'will',
  'would', 'can', 'could', 'should', 'may', 'might', 'must', 'there', 'here', 'what', 'how', 'why', 'where',
  'after', 'before', 'since', 'until', 'though', 'although', 'whether',
];

/** Connectives that may open a sentence before its source ("But officials said …"). */
export const CONNECTIVES: readonly string[] = [
  'but', 'and', 'yet', 'still', 'however', 'meanwhile', 'instead', 'now', 'also', 'so', 'then', 'later', 'earlier',
  'separately', 'previously', 'in', 'on', 'at', 'last', 'this', 'on monday', 'by', 'for', 'though', 'indeed',
];

/** Words that, right before a cue verb, show the verb is not a report ("did not say", "refused to say"). */
export const NEGATORS: readonly string[] = ['not', "n't", 'never', 'to', 'refused', 'declined', 'would', 'who'];

/** Nominal cues with "that" / a participle: "a statement that", "intelligence indicating". Spanned as the cue. */
export const NOMINAL_CUES: readonly string[] = [
  'statement saying', 'statement that', 'report that', 'reports that', 'claim that', 'claims that', 'allegation that',
  'allegations that', 'assertion that', 'warning that', 'announcement that', 'to the effect that',
];

/** Minimum number of words inside a quote for it to be a claim on its own (shorter ones are scare quotes). */
export const MIN_QUOTE_WORDS = 4;
