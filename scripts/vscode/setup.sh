#!/usr/bin/env bash
# Installs a real VS Code (code-server 4.100.3 = VS Code 1.100.3) and a browser for
# the editor tests, offline-friendly, following shared/recipes/vscode-offline.md.
# Idempotent: every step is skipped when its result is already there, so
# `npm run test:editor` can call it each time at almost no cost.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
tools="$root/.tools/vscode"
cs="$tools/node_modules/code-server"
vs="$cs/lib/vscode"
stamp="$tools/.setup-done-4.100.3"

log() { printf '[setup] %s\n' "$*"; }

# 1. Debian packages: Chromium drives the UI test, ripgrep serves Quick Open, the
#    rest builds code-server's native modules (argon2, node-pty, kerberos…).
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v rg >/dev/null || need+=(ripgrep)
for p in libkrb5-dev libxkbfile-dev libsecret-1-dev pkg-config python3 make g++; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  log "apt-get install ${need[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ -f "$stamp" ] && [ -f "$cs/out/node/entry.js" ]; then
  log "code-server already set up in $tools"
  exit 0
fi

# 2. code-server in a folder of its own, never in the extension's node_modules.
#    Pinned: newer code-server needs Node 24. npm_config_yes keeps node-pty's
#    install step from being cancelled.
export npm_config_yes=true npm_config_fund=false npm_config_audit=false
mkdir -p "$tools"
cd "$tools"
[ -f package.json ] || echo '{ "name": "sourcing-lens-vscode-tools", "private": true }' > package.json
if [ ! -f "$cs/out/node/entry.js" ]; then
  log "npm install code-server@4.100.3"
  npm install --ignore-scripts --no-save code-server@4.100.3 playwright-core@1.65.1
fi

# 3. argon2 is loaded at start; its prebuilt download fails offline, so build it.
log "npm rebuild argon2"
npm rebuild argon2

# 4. What code-server's postinstall.sh does (it refuses root and downloads ripgrep).
cd "$vs"
log "installing VS Code's own dependencies"
npm install --omit=dev --ignore-scripts
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
log "npm rebuild (node-pty, spdlog, kerberos…)"
npm rebuild
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
log "installing built-in extensions' dependencies"
(cd extensions && npm install --omit=dev)

touch "$stamp"
log "done: $cs"
