// The story report in a webview beside the editor: the same story section the desk
// report draws (src/report), for the active analysed document, as the language
// server renders it (sourcingLens/report), redrawn with each new analysis. Clicking (or Enter/Space on) a mark of the map or a figure moves
// the editor to that text. A strict CSP with a nonce and no resource roots: the page
// loads nothing, in the desktop and the web extension host alike.
import * as vscode from 'vscode';
import { esc } from '../report/html';
import { BASE_CSS, VSCODE_THEME } from '../report/styles';
import { REPORT } from '../server/protocol';
import type { Documents } from './documents';

export const SHOW_REPORT = 'sourcingLens.showReport';
const VIEW_TYPE = 'sourcingLens.report';

type FromWebview = { type: 'reveal'; start: number; end: number };

// Runs in the webview: swaps in each new rendering and turns activations of marks
// into reveal requests. Delegated listeners, so the swapped HTML needs no scripts.
// A screen reader hears a short status line on each redraw, not the whole report.
const SCRIPT = `const vscode=acquireVsCodeApi();const main=document.getElementById('report');const status=document.getElementById('status');
window.addEventListener('message',(e)=>{if(e.data&&e.data.type==='update'){main.innerHTML=e.data.html;main.dataset.version=String(e.data.version);const c=main.querySelector('.counts');status.textContent=c?'Report updated: '+c.textContent:'Report updated';}});
function target(e){const el=e.target instanceof Element?e.target.closest('[data-start]'):null;return el&&main.contains(el)?el:null;}
function reveal(el){vscode.postMessage({type:'reveal',start:Number(el.dataset.start),end:Number(el.dataset.end)});}
document.addEventListener('click',(e)=>{const el=target(e);if(el){e.preventDefault();reveal(el);}});
document.addEventListener('keydown',(e)=>{if(e.key!=='Enter'&&e.key!==' ')return;const el=target(e);if(el&&el.getAttribute('role')==='button'){e.preventDefault();reveal(el);}});`;

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function fileName(document: vscode.TextDocument): string {
  return document.uri.path.split('/').pop() ?? document.uri.toString();
}

export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private version = 0;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly documents: Documents) {
    this.disposables = [
      documents.onDidChange((uri) => {
        if (this.document && uri.toString() === this.document.uri.toString()) void this.update();
      }),
      // Follow the user to another analysed story; keep the last one while focus is
      // in the webview itself or in a file that is not analysed.
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!this.panel || !editor || !this.documents.isTracked(editor.document.uri)) return;
        if (editor.document === this.document) return;
        this.document = editor.document;
        void this.update();
      }),
    ];
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }

  /** Opens (or brings forward) the report of `uri`, or of the active editor's document. */
  async show(uri?: vscode.Uri): Promise<void> {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage('Open a story first: the sourcing report shows the active plain text or Markdown file.');
      return;
    }
    this.document = document;
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
      await this.update();
      return;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Sourcing Report', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      // Nothing to load: every picture is inline SVG.
      localResourceRoots: [],
    });
    this.panel = panel;
    panel.onDidDispose(() => { this.panel = undefined; }, undefined, this.disposables);
    // A hidden webview drops messages: draw afresh when it is shown again.
    panel.onDidChangeViewState(() => { if (panel.visible) void this.load(); }, undefined, this.disposables);
    panel.webview.onDidReceiveMessage((message: FromWebview) => this.reveal(message), undefined, this.disposables);
    await this.load();
  }

  private async body(): Promise<string> {
    const document = this.document;
    if (!document) return '<p class="muted">No story.</p>';
    const name = fileName(document);
    const state = this.documents.isTracked(document.uri) ? this.documents.status(document.uri) : undefined;
    if (!state || state.status === 'not-open') {
      return `<section class="story"><h2>${esc(name)}</h2><p class="notice">This file is not analysed. Run <b>Sourcing Lens: Analyze This File</b> to see its report.</p></section>`;
    }
    if (state.status === 'too-large') {
      return `<section class="story"><h2>${esc(name)}</h2><p class="notice">Not analysed: ${state.sizeKB} KB is over the ${state.limitKB} KB limit (setting sourcingLens.maxFileSizeKB).</p></section>`;
    }
    if (state.status === 'failed') {
      return `<section class="story"><h2>${esc(name)}</h2><p class="notice">The analysis failed: ${esc(state.error)} (see Output › Sourcing Lens).</p></section>`;
    }
    const html = await this.documents.ask<string>(REPORT, document.uri, { title: name }).catch(() => null);
    return html ?? `<section class="story"><h2>${esc(name)}</h2><p class="notice">The analysis is not ready yet.</p></section>`;
  }

  /** Sets the whole page: first show, or shown again after being hidden. */
  private async load(): Promise<void> {
    if (!this.panel) return;
    const body = await this.body();
    if (!this.panel) return;
    const n = nonce();
    const csp = `default-src 'none'; style-src ${this.panel.webview.cspSource} 'nonce-${n}'; script-src 'nonce-${n}';`;
    this.version++;
    this.panel.title = this.document ? `Sourcing: ${fileName(this.document)}` : 'Sourcing Report';
    this.panel.webview.html = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
      `<meta http-equiv="Content-Security-Policy" content="${csp}">` +
      `<meta name="viewport" content="width=device-width,initial-scale=1"><style nonce="${n}">${VSCODE_THEME}${BASE_CSS}</style></head>` +
      `<body class="sl"><p id="status" class="sr" role="status"></p><main id="report" data-version="${this.version}">${body}</main><script nonce="${n}">${SCRIPT}</script></body></html>`;
  }

  /** Redraws in place, keeping the scroll position, as the story is edited. */
  private async update(): Promise<void> {
    if (!this.panel) return;
    if (this.document) this.panel.title = `Sourcing: ${fileName(this.document)}`;
    if (!this.panel.visible) return;
    const html = await this.body();
    if (!this.panel) return;
    this.version++;
    void this.panel.webview.postMessage({ type: 'update', html, version: this.version });
  }

  private async reveal(message: FromWebview): Promise<void> {
    const document = this.document;
    if (message?.type !== 'reveal' || !document || !Number.isInteger(message.start) || !Number.isInteger(message.end)) return;
    const range = new vscode.Range(document.positionAt(message.start), document.positionAt(message.end));
    const shown = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One, selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
