#!/usr/bin/env bash
# Installs the Debian packages the unit tests start as real peers, when missing:
# redis-server (the job-queue tests, test/cli/queue*.test.ts) and Neovim (the
# language server's second editor, test/lsp/nvim.test.ts). Idempotent and quiet when
# both are there, so `npm run test:unit` calls it each time. (The editor suites'
# packages are installed by scripts/vscode/setup.sh.)
set -euo pipefail
need=()
command -v redis-server >/dev/null || need+=(redis-server)
command -v nvim >/dev/null || need+=(neovim)
[ ${#need[@]} -eq 0 ] && exit 0
printf '[test-packages] apt-get install %s\n' "${need[*]}"
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
