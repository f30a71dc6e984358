// Shared with the language server: see src/common/published.ts.
export { publishedFindings, type PublishedFindings } from '../common/published';
