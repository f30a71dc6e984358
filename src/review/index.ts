// Sign-off records beside the story: anchors, the review file, states and their words.
// Pure (no fs, no vscode): the CLI and the editor read and write the file.
export * from './types';
export { anchorOf, fingerprint, normalizeSentence } from './anchor';
export type { Anchor } from './anchor';
export { addRecord, emptyReview, newRecord, parseReview, revokeRecords, serializeReview, MAX_REVIEW_CHARS } from './records';
export type { ReadReview } from './records';
export { isOpen, reviewStory } from './states';
export type { StoryReview } from './states';
export { countReview, countsLine, describeReview, fixesFor, FIX_TITLES, reviewHoverLines, signOffSummary } from './describe';
export type { FixKind, ReviewCounts } from './describe';
export { finishFindings } from './finish';
export type { Finished } from './finish';
