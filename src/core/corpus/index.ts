// The cross-document registry corpus.yaml: canonical entities and claims (pure core: no `vscode`).
export { CANONICAL_ID, CORPUS_FILE_NAME, CORPUS_SCHEMA_V1, claimStatus, emptyCorpus, type CanonicalClaim, type CanonicalEntity, type Corpus } from './model';
export { MAX_CORPUS_BYTES, readCorpus, type CorpusLayout, type CorpusReadOptions, type CorpusReadResult } from './read';
export { addAlias, addCanonicalClaim, addCanonicalEntity, serializeCorpus, setCanonicalClaimStatus } from './write';
export { checkLinks, claimLink, mentionsOf, type ClaimMentions, type CorpusMentions, type EntityMentions, type LinkProblem, type Mention, type SidecarRef, type UnlinkedGroup } from './links';
export { matchCanonicalEntities, normalizeMention, type CanonicalMatch, type MatchKind } from './match';
