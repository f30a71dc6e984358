// The sourcing report renderer: from Analysis objects to HTML, SVG and CSV strings.
// Pure like the core (no vscode, no fs, no Node built-ins): the CLI writes what it
// returns to a file, the editor puts it in a webview.
export { storyFacts, shares, SHARE_KINDS } from './storyFacts';
export type { StoryFacts, Shares, ShareKind, Mark, MarkKind, ParagraphRow, FigureRow } from './storyFacts';
export { storySection } from './storySection';
export type { SignOff, StorySectionOptions } from './storySection';
export { storyMeta, countWords, frontMatter, normaliseDate } from './storyMeta';
export type { StoryMeta, RecordFields } from './storyMeta';
export { deskRow, totals, trends } from './deskFacts';
export type { DeskRow, StoryRecord, Tally, Trends } from './deskFacts';
export { deskPage } from './deskPage';
export type { DeskPageOptions, Skipped } from './deskPage';
export { deskCsv } from './csv';
export { BASE_CSS, VSCODE_THEME } from './styles';
export { esc } from './html';
