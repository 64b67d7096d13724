#!/usr/bin/env bash
# Lint every bpmn/**/*.bpmn with bpmnlint (recommended + Camunda Platform 7.24 compat rules).
# Usage, from the project root: bash .ci/lint/run.sh
set -euo pipefail
lint_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$lint_dir/../.." && pwd)"

shopt -s globstar nullglob
files=("$root"/bpmn/**/*.bpmn)
if [ ${#files[@]} -eq 0 ]; then
  echo "bpmn lint: no bpmn/**/*.bpmn files found under $root" >&2
  exit 1
fi

# bpmnlint resolves plugins and moddle extensions from the cwd, so run it from here.
cd "$lint_dir"
npm ci --no-audit --no-fund
echo "bpmn lint: ${#files[@]} file(s)"
# bpmnlint exits 1 on errors only; a warning (what Modeler shows in yellow) fails here too.
report="$(./node_modules/.bin/bpmnlint --config .bpmnlintrc "${files[@]}")" || { echo "$report"; exit 1; }
echo "$report"
if grep -q ' warning ' <<<"$report"; then
  echo "bpmn lint: warnings found" >&2
  exit 1
fi
echo "bpmn lint: OK"
