// The report's CSS. The drawing rules use --sl-* variables only; each shell says
// where the colours come from: the desk report has its own light and dark palettes,
// the webview maps them to VS Code's theme (--vscode-*), high contrast included.

export const BASE_CSS = `
.sl{color:var(--sl-fg);background:var(--sl-bg);font:13px/1.45 var(--sl-font);margin:0;padding:0 16px 24px}
.sl h1{font-size:20px;margin:16px 0 4px}.sl h2{font-size:16px;margin:20px 0 2px}.sl h3{font-size:13px;margin:14px 0 4px;text-transform:uppercase;letter-spacing:.04em;color:var(--sl-muted)}
.sl .muted{color:var(--sl-muted)}.sl a{color:var(--sl-link)}
.sl :focus-visible{outline:2px solid var(--sl-focus);outline-offset:1px}
.sl .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.sl svg.share{display:block;width:100%;max-width:640px;height:18px;border-radius:3px}
.sl svg.mini{width:60px;height:8px;vertical-align:middle}
.sl svg.hbar{display:block;width:100%;max-width:320px;height:5px;margin:2px 0}
.sl svg.pmap{display:block;width:100%;max-width:600px;height:auto}
.sl svg.key{width:14px;height:14px;vertical-align:-3px;margin-right:4px}
.sl .legend{list-style:none;padding:0;margin:6px 0;display:flex;flex-wrap:wrap;gap:4px 16px}
.sl .swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;vertical-align:-1px;background:currentColor}
.sl .track{fill:var(--sl-track)}
.sl .k-anonymous,.sl .k-anonymous-source,.sl .g-unnamed-group,.sl .g-unnamed-person{fill:var(--sl-anonymous);color:var(--sl-anonymous)}
.sl .k-vague,.sl .k-vague-source{fill:var(--sl-vague);color:var(--sl-vague);stroke:var(--sl-vague)}
.sl .k-named,.sl .g-person,.sl .g-organization{fill:var(--sl-named);color:var(--sl-named)}
.sl .k-documents,.sl .g-document{fill:var(--sl-document);color:var(--sl-document)}
.sl .g-unresolved-pronoun{fill:var(--sl-muted)}
.sl .k-unattributed-figure{fill:var(--sl-unattributed);color:var(--sl-unattributed)}
.sl .k-anonymous-figure{fill:var(--sl-anonfig);color:var(--sl-anonfig)}
.sl .ring{fill:none;stroke-width:2.5}
.sl .mark{stroke:var(--sl-mark-edge);stroke-width:1}
.sl .mark.k-vague-source{stroke:var(--sl-vague)}
.sl g.mark[role=button]{cursor:pointer}
.sl g.mark[role=button]:focus{outline:none}.sl g.mark[role=button]:focus>*{stroke:var(--sl-focus);stroke-width:3}
.sl .pmap text{font-size:10px;fill:var(--sl-muted);text-anchor:end}
.sl .ptrack{stroke:var(--sl-track);stroke-width:4;stroke-linecap:round}
.sl .types{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:8px 20px}
.sl .type-head{display:flex;justify-content:space-between;gap:8px}
.sl .sources{list-style:none;padding:0;margin:2px 0 0;font-size:12px}
.sl .verdict{margin:4px 0;padding:6px 10px;border-left:4px solid var(--sl-named);background:var(--sl-panel)}
.sl .verdict.v-unexplained{border-color:var(--sl-vague)}.sl .verdict.v-stock-formula{border-color:var(--sl-anonymous)}
.sl table{border-collapse:collapse;margin:4px 0}
.sl th,.sl td{text-align:left;padding:3px 8px;border-bottom:1px solid var(--sl-border);vertical-align:top}
.sl td.num,.sl th.num{text-align:right;font-variant-numeric:tabular-nums}
.sl th button{background:none;border:0;padding:0;font:inherit;font-weight:600;color:inherit;text-align:inherit;cursor:pointer}
.sl table.stories td:nth-child(2){white-space:nowrap}
.sl th[aria-sort=ascending] button::after{content:" ▲"}.sl th[aria-sort=descending] button::after{content:" ▼"}
.sl .story{border-top:1px solid var(--sl-border);margin-top:16px}
.sl .cards{display:flex;flex-wrap:wrap;gap:10px;margin:8px 0}
.sl .card{background:var(--sl-panel);border:1px solid var(--sl-border);border-radius:4px;padding:8px 12px;min-width:120px}
.sl .card b{display:block;font-size:20px}
.sl .notice{padding:8px 12px;border:1px solid var(--sl-border);border-left:4px solid var(--sl-anonymous);background:var(--sl-panel)}
`;

const LIGHT = '--sl-fg:#1f2328;--sl-bg:#ffffff;--sl-muted:#59636e;--sl-panel:#f6f8fa;--sl-border:#d1d9e0;--sl-track:#e6eaef;--sl-link:#0a5cc2;--sl-focus:#0a5cc2;' +
  '--sl-anonymous:#c35d00;--sl-vague:#c4162a;--sl-named:#2f6fd6;--sl-document:#1d8348;--sl-unattributed:#7b3fc4;--sl-anonfig:#b7791f;--sl-mark-edge:#ffffff;';
const DARK = '--sl-fg:#e6edf3;--sl-bg:#0d1117;--sl-muted:#9198a1;--sl-panel:#151b23;--sl-border:#3d444d;--sl-track:#262c36;--sl-link:#4493f8;--sl-focus:#4493f8;' +
  '--sl-anonymous:#f0883e;--sl-vague:#ff6b6b;--sl-named:#58a6ff;--sl-document:#3fb950;--sl-unattributed:#bc8cff;--sl-anonfig:#e3b341;--sl-mark-edge:#0d1117;';

/** The desk report: the reader's own light or dark preference. */
export const PAGE_THEME = `:root{${LIGHT}--sl-font:system-ui,-apple-system,"Segoe UI",sans-serif;color-scheme:light dark}` +
  `@media (prefers-color-scheme:dark){:root{${DARK}}}body{margin:0;background:var(--sl-bg)}` +
  // Hundreds of story sections: the browser lays out only those near the screen.
  '.sl main>.story{content-visibility:auto;contain-intrinsic-size:auto 1200px}';

/** The webview: VS Code's theme variables, which follow light, dark and high contrast. */
export const VSCODE_THEME = ':root{--sl-fg:var(--vscode-foreground);--sl-bg:var(--vscode-editor-background);--sl-muted:var(--vscode-descriptionForeground);' +
  '--sl-panel:var(--vscode-textBlockQuote-background,var(--vscode-editorWidget-background));--sl-border:var(--vscode-panel-border,var(--vscode-contrastBorder,#8884));' +
  '--sl-track:var(--vscode-editorWidget-border,#8883);--sl-link:var(--vscode-textLink-foreground);--sl-focus:var(--vscode-focusBorder);' +
  '--sl-anonymous:var(--vscode-charts-orange);--sl-vague:var(--vscode-charts-red);--sl-named:var(--vscode-charts-blue);--sl-document:var(--vscode-charts-green);' +
  '--sl-unattributed:var(--vscode-charts-purple);--sl-anonfig:var(--vscode-charts-yellow);--sl-mark-edge:var(--vscode-contrastBorder,var(--vscode-editor-background));' +
  '--sl-font:var(--vscode-font-family)}body{padding:0;background:var(--sl-bg)}';
