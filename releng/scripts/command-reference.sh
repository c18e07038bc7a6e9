#!/usr/bin/env bash
# docs/commands.md from what ./hyperedge --help, the command line's --help and the agent's --help print now.
# CommandReferenceTest (tests/org.hyperedge.cli.tests) fails when the committed page differs: run this, then commit it.
set -euo pipefail

HE_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$HE_HOME/releng/scripts/lib.sh"

find_java
if needs_build; then build_all; fi
help_dir="$(mktemp -d)"
trap 'rm -rf "$help_dir"' EXIT
"$HE_HOME/hyperedge" --help > "$help_dir/hyperedge.txt"
"$JAVA" -jar "$AGENT_JAR" --help > "$help_dir/agent.txt"
"$JAVA" -cp "$CLI_JAR" org.hyperedge.cli.CommandReference "$help_dir/hyperedge.txt" "$help_dir/agent.txt" \
  > "$HE_HOME/docs/commands.md"
say "wrote docs/commands.md from --help (review it with git diff)"
