// The data the analyzer returns. Plain JSON-able objects, no classes, so the same
// result feeds the editor, the CLI printers, the scorer and the tests.
// All offsets are JavaScript string indices (UTF-16 code units) into the analysed
// text, `end` exclusive.

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  /** What the reader sees there: `text.slice(start, end)` for plain text; for
   *  Markdown the same prose with the markup in the span left out ("A [police
   *  spokesman](…)" gives "A police spokesman"), `start`/`end` still offsets into the file. */
  text: string;
}

export type SourceType = 'person' | 'organization' | 'document' | 'unnamed-person' | 'unnamed-group';
export type SourceKind = 'named' | 'anonymous';

/** What the text tells about an anonymous source (for hovers and reports). */
export interface AnonymousFacets {
  /** "three", "Six", "an" … as written; null when not said. */
  count: string | null;
  /** The number, when the count is one ("a senior official" → 1) or a number word. */
  countValue: number | null;
  /** Whose side: "Israeli", "from one of the mediating countries", "administration". */
  affiliation: string | null;
  /** The role noun: "officials", "diplomat", "people". */
  role: string | null;
  /** How they know: "involved in or briefed on the talks", "familiar with the matter". */
  knowledge: string | null;
  /** A bare "officials said" / "sources said": no count, side or knowledge given. */
  vague: boolean;
}

export interface Attribution extends TextSpan {
  /** Index of this attribution in `Analysis.attributions`. */
  id: number;
  type: SourceType;
  kind: SourceKind;
  /** The marker: "said", "according to", "estimates", "told"… */
  cue: TextSpan;
  /** Indices into `Analysis.sentences` / `Analysis.paragraphs`. */
  sentence: number;
  paragraph: number;
  /** For pronoun sources ("he", "it") and definite anaphors ("the officials"):
   *  the mention they were resolved to, when one was found. */
  antecedent: TextSpan | null;
  /** Only for anonymous sources. */
  facets: AnonymousFacets | null;
  /** Ids of other attributions to the same anonymous group or the same named source. */
  sameSource: number[];
}

/** A range of plausible values: "hundreds" → 200–999, "about 300" → 300–300. */
export interface FigureValue {
  min: number;
  max: number;
}

export interface Figure extends TextSpan {
  id: number;
  value: FigureValue | null;
  /** "about", "at least", "nearly", "more than"…, or null. */
  hedge: string | null;
  /** The counted noun as written ("people", "distribution points"), or null. */
  noun: string | null;
  status: 'attributed' | 'unattributed';
  /** The attribution whose clause covers the figure (same sentence), or null. */
  attribution: number | null;
  sourceKind: SourceKind | null;
  sentence: number;
  paragraph: number;
}

export interface AnonymityNote extends TextSpan {
  /** The phrase that marks it: "spoke on condition of anonymity". */
  trigger: string;
  /** The reason given, when one is: "in order to speak more freely about sensitive matters". */
  reason: string | null;
  /** True when the only reason is a stock formula ("not authorized to speak publicly")
   *  or none is given beyond the grant itself. */
  boilerplate: boolean;
  sentence: number;
  paragraph: number;
}

export type FindingCode =
  | 'anonymous-source'
  | 'vague-anonymous-source'
  | 'anonymity-unexplained'
  | 'unattributed-figure'
  | 'figure-from-anonymous-source';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** One positioned message; every printer (editor, text, JSON, SARIF) shows these. */
export interface Finding extends Span {
  code: FindingCode;
  severity: Severity;
  message: string;
  /** Link to the code's documentation page. */
  docsUrl: string;
  /** What the finding is about. */
  attribution: number | null;
  figure: number | null;
  /** Set when a comment in the story or a review record silences this finding; it is
   *  kept (and counted), not dropped, so nothing disappears without a trace. */
  suppressed?: Suppression;
  /** The sign-off state, for findings an editor can approve or verify (review/). */
  review?: FindingReview;
}

export interface Suppression {
  /** 'comment': a sourcing-lens-disable comment in the Markdown; 'review': an
   *  "ignore" record in the review file beside the story (plain text has no comments). */
  kind: 'comment' | 'review';
  /** Where the comment is (offsets into the text), for 'comment'. */
  at: Span | null;
  /** The comment as written, or the record's note. */
  justification: string;
}

export type ReviewState = 'pending' | 'approved' | 'verified' | 'stale';

export interface FindingReview {
  state: ReviewState;
  /** The anchor a record for this flag is keyed by: the flagged phrase and the
   *  fingerprint of its sentence (src/review/anchor.ts). */
  phrase: string;
  sentence: string;
  /** Who signed it off, when, and why (for approved, verified and stale). */
  by: string | null;
  date: string | null;
  note: string | null;
}

export interface Paragraph extends Span {
  /** First and one-past-last index into `Analysis.sentences`. */
  firstSentence: number;
  endSentence: number;
}

export interface Sentence extends Span {
  paragraph: number;
}

export interface Summary {
  attributions: number;
  /** Named sources, documents included (a document is a named artifact). */
  named: number;
  anonymous: number;
  documents: number;
  figures: number;
  unattributedFigures: number;
  anonymousFigures: number;
  /** Does the story say why anonymity was granted? null when it uses no anonymous source. */
  anonymityExplained: boolean | null;
}

/** Does the story say why its sources were granted anonymity? Decided once, here, so
 *  the findings, the editor's hovers and lenses and the CLI report all say the same. */
export interface AnonymityVerdict {
  /** 'explained': a note gives a reason beyond the stock formula; 'stock-formula':
   *  the notes only grant anonymity or give the stock reason (which still satisfies
   *  `anonymity-unexplained`); 'unexplained': anonymous sources and no note;
   *  'no-anonymous-sources'. */
  status: 'explained' | 'stock-formula' | 'unexplained' | 'no-anonymous-sources';
  /** Index into `Analysis.anonymityNotes` of the note the verdict rests on: the first
   *  with a real reason, else the first one; null when there is none. */
  note: number | null;
  /** The phrase the verdict quotes: that note's reason, or its grant when it gives no reason. */
  quote: string | null;
  /** A few words for summaries: "explained", "explained only by a stock formula",
   *  "not explained", "no anonymous sources". */
  label: string;
  /** The verdict as one sentence, quote included; findings end with it. */
  message: string;
}

export interface Analysis {
  /** Length of the analysed text, to catch stale results. */
  length: number;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  attributions: Attribution[];
  figures: Figure[];
  anonymityNotes: AnonymityNote[];
  findings: Finding[];
  summary: Summary;
  anonymity: AnonymityVerdict;
}

export interface AnalyzeOptions {
  /** 'markdown' skips front matter, code, HTML, link targets and tables. Default 'plaintext'. */
  format?: 'plaintext' | 'markdown';
  /** The desk's own words (a project config's `vocabulary`); none by default. */
  vocabulary?: HouseVocabulary;
}

/** Validated by the shells' config reader (src/config); all lists may be empty. */
export interface HouseVocabulary {
  /** Extra reporting verbs, as lemmas ("opine"); their forms count as "said" does. */
  cueVerbs: string[];
  /** Phrases the desk uses to say why a source is not named. */
  anonymityFormulas: string[];
  /** Names that type a source as an organization or a named person. */
  organizations: string[];
  people: string[];
  /** Words (or lemmas, with all their forms) that are never cues on this desk. */
  neverCues: string[];
}
