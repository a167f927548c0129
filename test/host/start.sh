#!/usr/bin/env bash
# npm start [node|web]: builds the extension, serves VS Code in the browser on localhost with the extension
# loaded and samples/ open, and prints the URL. "node" (default): code-server, annotations saved to disk.
# "web": VS Code for the Web (web worker host, as on vscode.dev); its writes stay in the browser's memory.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/ensure-deps.sh
node esbuild.js
exec node test/host/serve.mjs "${1:-node}"
