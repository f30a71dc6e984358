// The analysis thread's state: per open document its text model, its own core
// Analyzer (the same per-paragraph incremental cache the extension uses) and its
// latest result; and the answers to every feature request, computed here so that
// the message loop only relays them.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeActionParams, Diagnostic, HoverParams } from 'vscode-languageserver';
import { createAnalyzer, type Analysis, type Analyzer } from '../core';
import { summaryLine } from '../common/describe';
import { publishedFindings } from '../common/published';
import { actionsOf } from './features/actions';
import type { Analysed } from './features/analysed';
import { diagnosticsOf } from './features/diagnostics';
import { hoverOf } from './features/hover';
import { failedLenses, lensesOf, tooLargeLenses } from './features/lenses';
import { attributionListOf, sourcesOf } from './features/lists';
import { flatSymbolsOf, symbolsOf } from './features/symbols';
import type { AttributionsParams, DocumentStatus } from './protocol';
import { parseSettings, type ServerSettings } from './settings';
import type { QueryMethod } from './threadMessages';

type State =
  | { status: 'analysed'; analysis: Analysis; millis: number }
  | { status: 'too-large'; sizeKB: number; limitKB: number }
  | { status: 'failed'; error: string };

interface Doc {
  document: TextDocument;
  analyzer: Analyzer | null;
  state: State;
}

export interface Published {
  uri: string;
  version: number;
  diagnostics: Diagnostic[];
}

/** Markdown by language id, or by extension for clients that call it something else. */
function formatOf(languageId: string, uri: string): 'markdown' | 'plaintext' {
  return languageId === 'markdown' || /\.(?:md|markdown)$/i.test(uri) ? 'markdown' : 'plaintext';
}

export class Engine {
  private settings: ServerSettings = parseSettings(undefined);
  private readonly docs = new Map<string, Doc>();
  analyses = 0;

  setSettings(settings: ServerSettings): void {
    this.settings = settings;
  }

  /** Every open document's diagnostics under the current settings. */
  publishAll(): Published[] {
    return [...this.docs.values()].map((doc) => this.publish(doc));
  }

  analyze(uri: string, languageId: string, version: number, text: string): Published {
    const previous = this.docs.get(uri);
    const document = TextDocument.create(uri, languageId, version, text);
    const analyzer = previous?.analyzer ?? createAnalyzer();
    const started = Date.now();
    let state: State;
    try {
      state = { status: 'analysed', analysis: analyzer.analyze(text, { format: formatOf(languageId, uri) }), millis: Date.now() - started };
      this.analyses++;
    } catch (error) {
      state = { status: 'failed', error: error instanceof Error ? error.message : String(error) };
    }
    const doc = { document, analyzer, state };
    this.docs.set(uri, doc);
    return this.publish(doc);
  }

  refuse(uri: string, version: number, sizeKB: number, limitKB: number): Published {
    // An empty model: the refused text is not kept (nor its paragraph cache).
    const doc: Doc = { document: TextDocument.create(uri, 'plaintext', version, ''), analyzer: null, state: { status: 'too-large', sizeKB, limitKB } };
    this.docs.set(uri, doc);
    return this.publish(doc);
  }

  close(uri: string): void {
    this.docs.delete(uri);
  }

  private analysed(doc: Doc | undefined): Analysed | undefined {
    return doc?.state.status === 'analysed' ? { document: doc.document, analysis: doc.state.analysis, settings: this.settings } : undefined;
  }

  private publish(doc: Doc): Published {
    const analysed = this.analysed(doc);
    return { uri: doc.document.uri, version: doc.document.version, diagnostics: analysed ? diagnosticsOf(analysed) : [] };
  }

  answer(method: QueryMethod, uri: string, params: unknown): unknown {
    const doc = this.docs.get(uri);
    const analysed = this.analysed(doc);
    switch (method) {
      case 'hover': return analysed ? hoverOf(analysed, (params as HoverParams).position) : null;
      case 'codeAction': return analysed ? actionsOf(analysed, (params as CodeActionParams).context?.diagnostics ?? []) : [];
      case 'documentSymbol': return analysed ? symbolsOf(analysed) : [];
      case 'flatDocumentSymbol': return analysed ? flatSymbolsOf(analysed) : [];
      case 'attributions': return analysed ? attributionListOf(analysed, (params as AttributionsParams).paragraph) : null;
      case 'sources': return analysed ? sourcesOf(analysed) : null;
      case 'status': return this.status(doc);
      case 'codeLens':
        if (!doc || !this.settings.codeLens) return [];
        if (doc.state.status === 'too-large') return tooLargeLenses(doc.state.sizeKB, doc.state.limitKB);
        if (doc.state.status === 'failed') return failedLenses();
        return lensesOf(analysed!);
    }
  }

  private status(doc: Doc | undefined): DocumentStatus {
    if (!doc) return { status: 'not-open' };
    const { state } = doc;
    const version = doc.document.version;
    if (state.status === 'too-large') return { status: 'too-large', sizeKB: state.sizeKB, limitKB: state.limitKB, version };
    if (state.status === 'failed') return { status: 'failed', error: state.error, version };
    const { shown, hidden } = publishedFindings(state.analysis, this.settings);
    return { status: 'analysed', summary: state.analysis.summary, summaryLine: summaryLine(state.analysis), shown: shown.length, hidden, millis: state.millis, version };
  }
}
