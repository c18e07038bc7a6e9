# ./hyperedge console: build what is missing, then start the console product on the data directory.

console_main() {
  # --data after the command, as the README shows it (before the command works too)
  local passed=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --data) [ $# -ge 2 ] || die "--data needs a directory"; DATA_ARG="$2"; shift 2 ;;
      --data=*) DATA_ARG="${1#--data=}"; shift ;;
      *) passed+=("$1"); shift ;;
    esac
  done
  set -- ${passed[@]+"${passed[@]}"}
  find_java
  if needs_build; then build_all; fi
  ensure_desktop_packages
  if [ -z "${DISPLAY:-}" ]; then
    say "no DISPLAY: starting the console on a virtual display (Xvfb)"
  fi
  ensure_display
  local data
  data="$(resolve_data_dir)"
  say "data directory: $data"
  start_console "$data" "$@"
}

# Runs the materialized product without a native launcher; extra arguments go to the application. A console that
# asks to be started again (the workbench's restart, exit code 23: File › Restore Master from Backup) is started again,
# as the native launcher would. The workspace keeps the window's size and layout for the next start (no
# -clearPersistedState; a console of another version starts from its own layout again).
start_console() {
  local data="$1"; shift
  local launcher status
  launcher="$(ls "$PRODUCT_DIR"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)"
  while true; do
    status=0
    # --db reaches the console in its environment, not on its command line, which every user of the machine can read
    (cd "$PRODUCT_DIR" && HYPEREDGE_DB="${DB_ARG:-}" exec "$JAVA" -Xshare:auto -Dhyperedge.data="$data" \
        -jar "$launcher" -data "$data/workspace" "$@") || status=$?
    [ "$status" -eq 23 ] || return "$status"
    say "the console asked to be started again"
  done
}
