// The analysis thread's state: per open document its text model (edits applied as
// they come), its own core Analyzer (the same per-paragraph incremental cache the
// extension uses) and its latest result, finished with the project config and the
// sign-off records the message loop sends (finishFindings(), as the CLI and the
// extension do); and the answers to every feature request, computed here so that the
// message loop only relays them.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeActionParams, Diagnostic, HoverParams, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { createAnalyzer, type Analysis, type AnalyzeOptions, type Analyzer, type DirectiveProblem } from '../core';
import { summaryLine } from '../common/describe';
import { resolveSeverities } from '../config/merge';
import { finishFindings } from '../review/finish';
import { anchorOf } from '../review/anchor';
import { storySection } from '../report/storySection';
import { actionsOf } from './features/actions';
import { published, type Analysed } from './features/analysed';
import { diagnosticsOf } from './features/diagnostics';
import { hoverOf } from './features/hover';
import { failedLenses, lensesOf, tooLargeLenses } from './features/lenses';
import { attributionListOf, sourcesOf } from './features/lists';
import { flagOf } from './features/flag';
import { flatSymbolsOf, symbolsOf } from './features/symbols';
import type { AttributionsParams, DocumentStatus, FlagArgs, ReportParams } from './protocol';
import { parseSettings, type ServerSettings } from './settings';
import type { DocWorkflow, QueryMethod } from './threadMessages';

type State =
  | { status: 'analysed'; analysis: Analysis; millis: number }
  | { status: 'failed'; error: string }
  | { status: 'pending' };

interface Doc {
  document: TextDocument;
  analyzer: Analyzer;
  state: State;
  /** Edited since the last analysis: the state's offsets are not the text's. */
  dirty: boolean;
  workflow: DocWorkflow;
  /** How far prepareFinish() got with an analysis's anchors. */
  anchored?: { analysis: Analysis; next: number };
  /** The state's analysis finished under these settings and this workflow. */
  finished?: { settings: ServerSettings; workflow: DocWorkflow; analysis: Analysis; directiveProblems: DirectiveProblem[] };
}

/** A document no project file applies to: suppression comments still count. */
const NO_WORKFLOW: DocWorkflow = { severity: {}, vocabulary: undefined, records: [], inWorkflow: false };

export interface Published {
  uri: string;
  version: number;
  diagnostics: Diagnostic[];
}

/** Markdown by language id, or by extension for clients that call it something else. */
function formatOf(languageId: string, uri: string): 'markdown' | 'plaintext' {
  return languageId === 'markdown' || /\.(?:md|markdown)$/i.test(uri) ? 'markdown' : 'plaintext';
}

/** Finished analysis → the analyzer's, to know a finish is of the latest analysis. */
const finishedOf = new WeakMap<Analysis, Analysis>();
const isFinishOf = (finished: Analysis, raw: Analysis) => finishedOf.get(finished) === raw;

export class Engine {
  private settings: ServerSettings = parseSettings(undefined);
  private readonly docs = new Map<string, Doc>();
  /** Refused documents: no text kept, only why. */
  private readonly refused = new Map<string, { version: number; sizeKB: number; limitKB: number }>();
  /** Sent before the document is (re)opened, or kept while it is refused. */
  private readonly workflows = new Map<string, DocWorkflow>();

  setSettings(settings: ServerSettings): void {
    this.settings = settings;
  }

  open(uri: string, languageId: string, version: number, text: string): void {
    this.refused.delete(uri);
    const previous = this.docs.get(uri);
    // A document sent again (after a refusal, or a restart) keeps its paragraph cache.
    this.docs.set(uri, {
      document: TextDocument.create(uri, languageId, version, text), analyzer: previous?.analyzer ?? createAnalyzer(),
      state: { status: 'pending' }, dirty: true, workflow: this.workflows.get(uri) ?? NO_WORKFLOW,
    });
  }

  /** The project files changed for this document. A new vocabulary needs a new
   *  analysis (the caller asks for one); new severities or records only a new finish. */
  setWorkflow(uri: string, workflow: DocWorkflow): void {
    this.workflows.set(uri, workflow);
    const doc = this.docs.get(uri);
    if (!doc) return;
    if (JSON.stringify(doc.workflow.vocabulary) !== JSON.stringify(workflow.vocabulary)) doc.dirty = true;
    doc.workflow = workflow;
  }

  edit(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void {
    const doc = this.docs.get(uri);
    if (!doc) return;
    TextDocument.update(doc.document, changes, version);
    // The model's text is now a concatenation, which the first read copies into one
    // flat string (some 2 ms for 1 MB). Read it now, during the debounce, rather than
    // in the analysis after it; the next edit would make that copy anyway.
    if (changes.length) doc.document.getText().charCodeAt(0);
    doc.dirty = true;
  }

  isDirty(uri: string): boolean {
    return this.docs.get(uri)?.dirty === true;
  }

  /** Does ahead the work of the document's next analysis, while `more()` says there is
   *  time (Analyzer.prepare); true when analyze() has little left to do. */
  prepare(uri: string, more: () => boolean): boolean {
    const doc = this.docs.get(uri);
    if (!doc) return true;
    try {
      return doc.analyzer.prepare(doc.document.getText(), this.options(doc), more);
    } catch {
      return true; // analyze() meets the same failure and reports it
    }
  }

  private options(doc: Doc): AnalyzeOptions {
    return { format: formatOf(doc.document.languageId, doc.document.uri), vocabulary: doc.workflow.vocabulary };
  }

  /** Finishes the document's findings ahead of publish(), while `more()` says there is
   *  time: first the sign-off anchors, in slices (on a first analysis of a long story
   *  they are most of the work: a fingerprint per flagged sentence), then the finish
   *  itself, in a turn of its own. True when only the diagnostics are left to make. */
  prepareFinish(uri: string, more: () => boolean): boolean {
    const doc = this.docs.get(uri);
    if (doc?.state.status !== 'analysed' || doc.dirty) return true;
    const { analysis } = doc.state;
    if (doc.anchored?.analysis !== analysis) doc.anchored = { analysis, next: 0 };
    const text = doc.document.getText();
    const { findings } = analysis;
    for (let k = doc.anchored.next; k < findings.length; k++) {
      if (k % 64 === 0 && !more()) { doc.anchored.next = k; return false; }
      anchorOf(analysis, text, findings[k]);
    }
    doc.anchored.next = findings.length;
    if (this.isFinished(doc, analysis)) return true;
    this.analysed(doc);
    return false;
  }

  /** Analyses the document's current text (publish() then gives its diagnostics). */
  analyze(uri: string): void {
    const doc = this.docs.get(uri);
    if (!doc) return;
    const started = Date.now();
    try {
      const analysis = doc.analyzer.analyze(doc.document.getText(), this.options(doc));
      doc.state = { status: 'analysed', analysis, millis: Date.now() - started };
    } catch (error) {
      doc.state = { status: 'failed', error: error instanceof Error ? error.message : String(error) };
    }
    doc.dirty = false;
  }

  refuse(uri: string, version: number, sizeKB: number, limitKB: number): Published {
    // Neither the refused text nor its paragraph cache is kept.
    this.docs.delete(uri);
    this.refused.set(uri, { version, sizeKB, limitKB });
    return { uri, version, diagnostics: [] };
  }

  close(uri: string): void {
    this.docs.delete(uri);
    this.refused.delete(uri);
    this.workflows.delete(uri);
  }

  /** Is the document's finish that of this analysis, under the current settings and workflow? */
  private isFinished(doc: Doc, analysis: Analysis): doc is Doc & { finished: NonNullable<Doc['finished']> } {
    const { finished } = doc;
    return finished !== undefined && finished.settings === this.settings && finished.workflow === doc.workflow && isFinishOf(finished.analysis, analysis);
  }

  private analysed(doc: Doc | undefined): Analysed | undefined {
    if (doc?.state.status !== 'analysed') return undefined;
    const format = formatOf(doc.document.languageId, doc.document.uri);
    let finished = this.isFinished(doc, doc.state.analysis) ? doc.finished : undefined;
    if (!finished) {
      // settings < project config, then suppression comments and sign-off records
      const severity = resolveSeverities(this.settings.severity, doc.workflow.severity);
      const { analysis, directiveProblems } = finishFindings(doc.state.analysis, doc.document.getText(), format, severity, doc.workflow.records);
      finishedOf.set(analysis, doc.state.analysis);
      finished = doc.finished = { settings: this.settings, workflow: doc.workflow, analysis, directiveProblems };
    }
    return {
      document: doc.document, analysis: finished.analysis, settings: this.settings, format, inWorkflow: doc.workflow.inWorkflow,
      directiveProblems: finished.directiveProblems,
    };
  }

  /** Every analysed document's diagnostics under the current settings. */
  publishAll(): Published[] {
    return [...this.docs.keys()].filter((uri) => !this.isDirty(uri)).map((uri) => this.publish(uri)!);
  }

  /** The document's diagnostics as they stand; undefined when it is not here. */
  publish(uri: string): Published | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    const analysed = this.analysed(doc);
    return { uri, version: doc.document.version, diagnostics: analysed ? diagnosticsOf(analysed) : [] };
  }

  /** Callers analyse a dirty document first (worker.ts), so offsets match the text. */
  answer(method: QueryMethod, uri: string, params: unknown): unknown {
    const doc = this.docs.get(uri);
    const analysed = this.analysed(doc);
    const refused = this.refused.get(uri);
    switch (method) {
      case 'hover': return analysed ? hoverOf(analysed, (params as HoverParams).position) : null;
      case 'flag': return analysed ? flagOf(analysed, params as FlagArgs) : null;
      case 'codeAction': return analysed ? actionsOf(analysed, (params as CodeActionParams).context?.diagnostics ?? []) : [];
      case 'documentSymbol': return analysed ? symbolsOf(analysed) : [];
      case 'flatDocumentSymbol': return analysed ? flatSymbolsOf(analysed) : [];
      case 'attributions': return analysed ? attributionListOf(analysed, (params as AttributionsParams).paragraph) : null;
      case 'sources': return analysed ? sourcesOf(analysed) : null;
      case 'analysis': return analysed ? analysed.analysis : null;
      case 'report': return analysed ? storySection(analysed.analysis, { title: (params as ReportParams).title, interactive: true, signOff: null }) : null;
      case 'status': return this.status(doc, refused);
      case 'codeLens':
        if (!this.settings.codeLens) return [];
        if (refused) return tooLargeLenses(refused.sizeKB, refused.limitKB);
        if (doc?.state.status === 'failed') return failedLenses();
        return analysed ? lensesOf(analysed) : [];
    }
  }

  private status(doc: Doc | undefined, refused: { version: number; sizeKB: number; limitKB: number } | undefined): DocumentStatus {
    if (refused) return { status: 'too-large', ...refused };
    if (!doc || doc.state.status === 'pending') return { status: 'not-open' };
    const { state } = doc;
    const version = doc.document.version;
    if (state.status === 'failed') return { status: 'failed', error: state.error, version };
    const analysed = this.analysed(doc)!;
    const { shown, hidden } = published(analysed);
    const suppressed = analysed.analysis.findings.filter((f) => f.suppressed).length;
    return { status: 'analysed', summary: state.analysis.summary, summaryLine: summaryLine(state.analysis), shown: shown.length, hidden, suppressed, millis: state.millis, version };
  }
}
