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
    console_class_sharing
    # --db reaches the console in its environment, not on its command line, which every user of the machine can read
    (cd "$PRODUCT_DIR" && HYPEREDGE_DB="${DB_ARG:-}" exec "$JAVA" "${CONSOLE_JVM_OPTS[@]}" "${CONSOLE_CDS_OPTS[@]}" \
        ${HYPEREDGE_JAVA_OPTS:-} -Dhyperedge.data="$data" -jar "$launcher" -data "$data/workspace" "$@") || status=$?
    keep_console_class_archive
    [ "$status" -eq 23 ] || return "$status"
    say "the console asked to be started again"
  done
}

# The console's JVM compiles with C1 only, as the agent's does: on 2 cores the C2 compiler's threads took CPU from the
# first window (the start is a few seconds of code each run a few times), and they were most of what an idle console
# used, compiling its periodic work one method after another for minutes. Measured on 2026-12-07, same machine,
# alternately: first window 1.74-1.96 s against 2.03-2.43 s (3 runs of 5 starts), idle with 5 instances 1.08-1.15 %
# of a core against 1.68-2.07 % (docs/benchmarks.md). No performance counters file either (its sampler woke every
# 50 ms). HYPEREDGE_JAVA_OPTS, which comes after these, gives C2 back: -XX:TieredStopAtLevel=4.
CONSOLE_JVM_OPTS=(-XX:TieredStopAtLevel=1 -XX:-UsePerfData)

# Class data sharing for the console. The JDK's own archive holds only the JDK's start-up classes, so every start
# read, parsed and verified again the 5,000-odd classes of the platform, its bundles and the console (and the JDK
# classes they use). The first start of a product records the classes it loaded when it ends
# (-XX:ArchiveClassesAtExit) into an archive kept in the product's configuration area, as the framework keeps its
# bundle cache there; every later start maps them from it (-XX:SharedArchiveFile): about 15 % less CPU to the first
# window (docs/benchmarks.md). The JVM checks each archived class against the bytes its bundle defines (size and
# CRC), so an archive older than a bundle only costs speed. It is made again after a build (the product's
# configuration is new), a p2 update (bundles.info rewritten) or a new JDK (libjvm.so newer); a product whose
# configuration area cannot be written starts without one. Its own messages are off: a JDK that cannot map it
# starts without it, and the classes it cannot archive (the framework's, from a signed jar) are no news.
CONSOLE_CLASS_ARCHIVE=hyperedge-console.jsa

# Sets CONSOLE_CDS_OPTS for the next start of the product at PRODUCT_DIR, and CONSOLE_CLASS_ARCHIVE_PENDING to the
# file that start records its classes into (empty when it maps an archive already made).
console_class_sharing() {
  local configuration="$PRODUCT_DIR/configuration"
  local archive="$configuration/$CONSOLE_CLASS_ARCHIVE"
  # the JVM the console runs on, found from the java it is started with (JAVA_HOME may be unset)
  local jvm
  jvm="$(dirname "$(readlink -f "$JAVA")")/../lib/server/libjvm.so"
  CONSOLE_CLASS_ARCHIVE_PENDING=""
  if [ -s "$archive" ] && [ "$archive" -nt "$configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" ] \
     && { [ ! -e "$jvm" ] || [ "$archive" -nt "$jvm" ]; }; then
    CONSOLE_CDS_OPTS=(-XX:SharedArchiveFile="$archive" "-Xlog:cds*=off")
  elif [ -w "$configuration" ]; then
    # one file per start: two consoles started at once each record their own, the last to end is kept
    CONSOLE_CLASS_ARCHIVE_PENDING="$archive.$$.$RANDOM"
    CONSOLE_CDS_OPTS=(-XX:ArchiveClassesAtExit="$CONSOLE_CLASS_ARCHIVE_PENDING" "-Xlog:cds*=off")
  else
    CONSOLE_CDS_OPTS=(-Xshare:auto)
  fi
}

# After a start that recorded its classes: its archive becomes the product's (none is kept if the JVM wrote none).
keep_console_class_archive() {
  local pending="${CONSOLE_CLASS_ARCHIVE_PENDING:-}"
  [ -n "$pending" ] || return 0
  CONSOLE_CLASS_ARCHIVE_PENDING=""
  if [ -s "$pending" ]; then
    mv -f "$pending" "$PRODUCT_DIR/configuration/$CONSOLE_CLASS_ARCHIVE"
  else
    rm -f "$pending"
  fi
}
