# ./hyperedge bench NAME: benchmarks that print their figures.

bench_main() {
  local name="${1:-}"
  [ -n "$name" ] || die "bench needs a name: startup, allocation, agent, e2e, sync, console, accounting, site"
  shift
  case "$name" in
    startup) bench_startup "$@" ;;
    allocation) bench_allocation "$@" ;;
    agent) bench_agent "$@" ;;
    e2e) bench_e2e "$@" ;;
    sync) bench_sync "$@" ;;
    console) bench_console "$@" ;;
    accounting) bench_accounting "$@" ;;
    site) bench_site "$@" ;;
    topology) bench_topology "$@" ;;
    *) die "unknown benchmark '$name' (known: startup, allocation, agent, e2e, sync, console, accounting, site, topology)" ;;
  esac
}

# The packaged agent as its own process: new desired state to H2 ready, and idle memory and CPU.
bench_agent() {
  find_java
  if needs_build; then build_all; fi
  local h2_jar="${HYPEREDGE_M2:-$HOME/.m2/repository}/com/h2database/h2/2.4.240/h2-2.4.240.jar"
  [ -f "$h2_jar" ] || die "the H2 jar is not in the local Maven repository ($h2_jar): run ./hyperedge build first"
  local scratch
  scratch="$(mktemp -d)"
  add_exit_hook "rm -rf '$scratch'"
  "$JAVA" -cp "$AGENT_JAR" org.hyperedge.agent.bench.AgentBenchmark \
    "$HE_HOME/bundles/org.hyperedge.model/catalog/h2-database.json" "$h2_jar" "$scratch"
}

# Request to connection URL in the master, with the packaged agent as its own process over HTTPS.
bench_e2e() {
  find_java
  if needs_build; then build_all; fi
  source "$HE_HOME/releng/scripts/agent.sh"
  local scratch
  scratch="$(mktemp -d)"
  add_exit_hook "rm -rf '$scratch'"
  "$JAVA" -cp "$CLI_JAR" org.hyperedge.cli.bench.E2eBenchmark "$AGENT_JAR" "$scratch" "${1:-100}" $AGENT_JAVA_OPTS
}

# Offline site: import of the factory-in-a-box site bundle to every instance started, 3 local agents; bundle size.
bench_site() {
  find_java
  if needs_build; then build_all; fi
  source "$HE_HOME/releng/scripts/agent.sh"
  local scratch
  scratch="$(mktemp -d)"
  add_exit_hook "rm -rf '$scratch'"
  "$JAVA" -cp "$CLI_JAR" org.hyperedge.cli.bench.SiteBenchmark "$AGENT_JAR" "$scratch" $AGENT_JAVA_OPTS
}

# Node syncs per second against simulated nodes on loopback addresses, 1,000 and 10,000 of them.
bench_sync() {
  find_java
  if needs_build; then build_all; fi
  local scratch
  scratch="$(mktemp -d)"
  add_exit_hook "rm -rf '$scratch'"
  "$JAVA" -cp "$CLI_JAR" org.hyperedge.cli.bench.SyncBenchmark "$scratch" "${1:-15}" ${2:-1000 10000}
}

# Requests/s with 1,000 nodes x 10 partitions and the desired state of a 100-partition node, on H2 and PostgreSQL.
bench_allocation() {
  find_java
  if needs_build; then build_all; fi
  local scratch
  scratch="$(mktemp -d)"
  add_exit_hook "rm -rf '$scratch'"
  "$JAVA" -cp "$CLI_JAR" org.hyperedge.cli.bench.AllocationBenchmark "H2" "jdbc:h2:file:$scratch/master"
  source "$HE_HOME/releng/scripts/postgres.sh"
  start_test_postgres
  "$JAVA" -cp "$CLI_JAR" org.hyperedge.cli.bench.AllocationBenchmark "PostgreSQL" "$TEST_POSTGRES_URL"
}

# Usage records ingested per second, and a month of invoices for 1,000 projects from 1,000,000 records, on H2.
bench_accounting() {
  find_java
  if needs_build; then build_all; fi
  local scratch
  scratch="$(mktemp -d)"
  add_exit_hook "rm -rf '$scratch'"
  "$JAVA" -Xmx2g -cp "$CLI_JAR" org.hyperedge.cli.bench.AccountingBenchmark "H2" "jdbc:h2:file:$scratch/master" "${1:-1000000}"
}

# Console start to first window: median of several cold JVM starts, each on a fresh data directory.
bench_startup() {
  local runs="${1:-5}"
  find_java
  if needs_build; then build_all; fi
  ensure_desktop_packages
  ensure_display
  local scratch times=() ms
  scratch="$(mktemp -d)"
  for i in $(seq 1 "$runs"); do
    ms="$(HYPEREDGE_JAVA_OPTS="-Dhyperedge.startupProbe=exit" start_console_probe "$scratch/run$i" \
          | sed -n 's/^hyperedge.startup.ms=//p' | head -n 1)"
    [ -n "$ms" ] || die "run $i: the console did not report its first window (see $scratch/run$i.log)"
    echo "run $i: ${ms} ms"
    times+=("$ms")
  done
  rm -rf "$scratch"
  local median
  median="$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}')"
  echo "console start to first window: median ${median} ms over $runs cold JVM starts (JVM start to window shown, Java $("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.version = //p'))"
}

start_console_probe() {
  local data="$1"
  mkdir -p "$data"
  local launcher
  launcher="$(ls "$PRODUCT_DIR"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)"
  (cd "$PRODUCT_DIR" && timeout 120 "$JAVA" $HYPEREDGE_JAVA_OPTS -Dhyperedge.data="$data" -jar "$launcher" \
      -data "$data/workspace" -clearPersistedState 2>"$data.log")
}

# What a benchmark run in the console's test runtime builds: every bundle and feature of the console, the test
# support and the console core's tests (the console's tests share their schemas); the benchmark's own test bundle
# is added to it.
UI_BENCH_MODULES="releng/org.hyperedge.target,bundles/org.hyperedge.model,bundles/org.hyperedge.protocol,\
bundles/org.hyperedge.master,bundles/org.hyperedge.agent,bundles/org.hyperedge.connector,\
bundles/org.hyperedge.console.core,bundles/org.hyperedge.ui,bundles/org.hyperedge.ui.topology,\
features/org.hyperedge.runtime.feature,features/org.hyperedge.console.feature,tests/org.hyperedge.testsupport,\
tests/org.hyperedge.console.core.tests"

# Runs benchmark class $2 of test bundle $1 under Xvfb (an OSGi console needs the test runtime); more Maven
# arguments follow.
run_ui_benchmark() {
  local bundle="$1" class="$2"; shift 2
  find_java
  ensure_desktop_packages
  ensure_display
  mvn_run verify -pl "$UI_BENCH_MODULES,tests/$bundle" -Dtest="$class" -Dhyperedge.test.excludes=none \
    -DfailIfNoTests=false "$@"
}

# The topology editor's canvas under Xvfb: render and pan a composite of 1,000 services and 2,000 links.
bench_topology() {
  local services="${1:-1000}"
  say "topology benchmark with $services services under Xvfb (builds what it needs first)"
  run_ui_benchmark org.hyperedge.ui.topology.tests TopologyBenchmark -Dhyperedge.bench.nodes="$services" \
    | grep -E "^topology bench"
}

# The Instances view of the real console under Xvfb, with 100,000 instances (or $1) in the store: time to
# open it and to filter it. Runs through the test runtime (an OSGi console needs it), prints the figures.
bench_console() {
  local instances="${1:-100000}"
  say "console benchmark with $instances instances under Xvfb (builds what it needs first)"
  run_ui_benchmark org.hyperedge.ui.tests ConsoleBenchmark -Dhyperedge.bench.instances="$instances" \
    | grep -E "^(seeded|console bench)"
}
