# ./hyperedge bench NAME [ARGS] [--against REF [--rounds N]]: benchmarks that print their figures, alone or
# against a baseline commit built in a cache of its own.

BENCH_NAMES="startup, idle, allocation, agent, e2e, h2-start, sync, console, accounting, site, topology, forms, backup, power, restore, federation, fleet, leases"
# The benchmarks that run from the agent and command-line jars, so a baseline's jars run them too.
JAR_BENCHES="agent e2e allocation sync accounting site leases"
# The console's benchmarks (in its test runtime, or its product started cold): against a baseline, each tree runs
# its own script, which builds that tree's console bundles or product with its own Maven reactor.
UI_BENCHES="console topology startup idle forms"
# The tree whose jars, catalog and scripts a jar benchmark runs: this one, or a baseline's.
BENCH_ROOT="$HE_HOME"

bench_main() {
  local name="${1:-}"
  [ -n "$name" ] || die "bench needs a name: $BENCH_NAMES"
  shift
  case ", $BENCH_NAMES," in
    *", $name,"*) ;;
    *) die "unknown benchmark '$name' (known: $BENCH_NAMES)" ;;
  esac
  local against="" rounds=3 args=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --against) [ $# -ge 2 ] && [ -n "$2" ] || die "--against needs a git commit, tag or branch (e.g. --against 71528ff)"
                 against="$2"; shift 2 ;;
      --against=*) against="${1#--against=}"; shift
                 [ -n "$against" ] || die "--against needs a git commit, tag or branch (e.g. --against 71528ff)" ;;
      --rounds) [ $# -ge 2 ] || die "--rounds needs a number of rounds (1-50)"; rounds="$2"; shift 2 ;;
      --rounds=*) rounds="${1#--rounds=}"; shift ;;
      *) args+=("$1"); shift ;;
    esac
  done
  [[ "$rounds" =~ ^[0-9]+$ ]] && [ "$rounds" -ge 1 ] && [ "$rounds" -le 50 ] \
    || die "--rounds $rounds: give a number of rounds from 1 to 50"
  if [ -n "$against" ]; then
    case " $JAR_BENCHES $UI_BENCHES " in
      *" $name "*) bench_against "$name" "$against" "$rounds" "${args[@]}" ;;
      *) die "--against runs these benchmarks: $JAR_BENCHES $UI_BENCHES; not '$name'" ;;
    esac
    return
  fi
  case " $JAR_BENCHES " in
    *" $name "*) find_java; if needs_build; then build_all; fi ;;
  esac
  "bench_${name//-/_}" "${args[@]}"
}

# --- against a baseline -------------------------------------------------------------------------------------------

# Where baselines are built, one directory per commit, shared by every clone and worktree of this user.
BASELINE_CACHE="${HYPEREDGE_BASELINES:-${XDG_CACHE_HOME:-$HOME/.cache}/hyperedge/baselines}"

# The full commit id of a commit-ish, or a clear refusal.
resolve_commit() {
  local ref="$1" sha
  sha="$(git -C "$HE_HOME" rev-parse --verify --quiet "$ref^{commit}" 2>/dev/null)" \
    || die "--against $ref: no such commit in this repository (a commit id, tag or branch that git rev-parse knows)"
  echo "$sha"
}

# The root of REF's tree with its agent and command-line jars built, from the cache when it was built before:
# the commit's files (git archive, no .git) under BASELINE_CACHE/SHA, its bundles and jars built by its own
# Maven reactor, offline flags from HYPEREDGE_MVN_ARGS, no tests, no console product.
baseline_tree() {
  local ref="$1" sha="$2"
  local dir="$BASELINE_CACHE/$sha"
  if [ -f "$dir/.hyperedge-built" ]; then
    say "baseline $ref ($sha): built before, in $dir"
    echo "$dir"; return 0
  fi
  mkdir -p "$BASELINE_CACHE" || die "cannot create the baseline cache $BASELINE_CACHE"
  # one build of a commit at a time, whichever clone asks for it
  exec 9>"$BASELINE_CACHE/$sha.lock"
  flock 9
  if [ ! -f "$dir/.hyperedge-built" ]; then
    rm -rf "$dir"
    mkdir -p "$dir"
    git -C "$HE_HOME" archive --format=tar "$sha" | tar -x -C "$dir" \
      || die "--against $ref: could not check out $sha into $dir"
    local modules
    modules="$(sed -n 's|.*<module>\(.*\)</module>.*|\1|p' "$dir/pom.xml" \
               | grep -E '^(releng/org\.hyperedge\.target|bundles/[^/]+|product/[^/]+\.jar)$' | grep -v '\.ui' | paste -sd, -)"
    [ -n "$modules" ] || die "--against $ref: $sha has no HyperEdge reactor (no modules in its pom.xml)"
    say "building baseline $ref ($sha) in $dir: $modules (log: $dir/build.log)"
    ensure_maven
    if ! (cd "$dir" && "$MVN" -B $(repo_args) ${HYPEREDGE_MVN_ARGS:-} verify -DskipTests -Dmaven.test.skip=true \
            -pl "$modules" >"$dir/build.log" 2>&1); then
      tail -n 20 "$dir/build.log" | grep -E 'ERROR|FAIL' | head -n 8 >&2 || true
      die "--against $ref: $sha failed to build; the log is $dir/build.log"
    fi
    [ -f "$dir/product/org.hyperedge.agent.jar/target/hyperedge-agent.jar" ] \
      && [ -f "$dir/product/org.hyperedge.cli.jar/target/hyperedge-cli.jar" ] \
      || die "--against $ref: $sha built, but has no agent and command-line jars (product/*.jar/target)"
    # a commit whose benchmarks have their own bundle runs them from its bench jar
    [ ! -d "$dir/bundles/org.hyperedge.bench" ] \
      || [ -f "$dir/product/org.hyperedge.bench.jar/target/hyperedge-bench.jar" ] \
      || die "--against $ref: $sha built, but has no benchmarks' jar (product/org.hyperedge.bench.jar/target)"
    touch "$dir/.hyperedge-built"
  fi
  flock -u 9
  echo "$dir"
}

# The root of REF's tree, its files only (git archive), for a benchmark that runs REF's own script: that script
# builds what it needs in the tree. Shares the jar baselines' cache directory, so a tree built for a jar benchmark
# serves here as it is. The tree uses this tree's Maven (its .tools), not one fetched again.
baseline_source_tree() {
  local ref="$1" sha="$2"
  local dir="$BASELINE_CACHE/$sha"
  mkdir -p "$BASELINE_CACHE" || die "cannot create the baseline cache $BASELINE_CACHE"
  exec 9>"$BASELINE_CACHE/$sha.lock"
  flock 9
  if [ ! -f "$dir/.hyperedge-built" ] && [ ! -f "$dir/.hyperedge-sources" ]; then
    rm -rf "$dir"
    mkdir -p "$dir"
    git -C "$HE_HOME" archive --format=tar "$sha" | tar -x -C "$dir" \
      || die "--against $ref: could not check out $sha into $dir"
    touch "$dir/.hyperedge-sources"
  fi
  if [ ! -e "$dir/.tools" ] && [ -d "$TOOLS_DIR" ]; then
    ln -s "$(readlink -f "$TOOLS_DIR")" "$dir/.tools"
  fi
  flock -u 9
  echo "$dir"
}

# Runs console benchmark $1 with the script of the tree at $2, in that tree (the baseline's builds its own bundles).
bench_run_ui_tree() {
  local name="$1" root="$2"; shift 2
  if [ "$root" = "$HE_HOME" ]; then
    "bench_$name" "$@"
  else
    (cd "$root" && env -u HE_HOME ./hyperedge bench "$name" "$@")
  fi
}

# Runs jar benchmark $1 on the tree at $2 (its jars, its catalog, its agent JVM options) in a subshell of its own,
# so its exit hooks (scratch directories, a throw-away PostgreSQL) run when it ends.
bench_run_tree() {
  local name="$1" root="$2"; shift 2
  (
    EXIT_HOOKS=()
    trap - EXIT
    BENCH_ROOT="$root"
    AGENT_JAR="$root/product/org.hyperedge.agent.jar/target/hyperedge-agent.jar"
    CLI_JAR="$root/product/org.hyperedge.cli.jar/target/hyperedge-cli.jar"
    BENCH_JAR="$root/product/org.hyperedge.bench.jar/target/hyperedge-bench.jar"
    "bench_$name" "$@"
  )
}

# Where the tree at $1 keeps its benchmarks: "bench" when they have a bundle of their own (bundles/org.hyperedge.bench,
# run from the bench jar), "old" in a tree from before (a baseline), where they are in the jars they measure.
bench_layout() {
  if [ -d "$1/bundles/org.hyperedge.bench" ]; then echo bench; else echo old; fi
}

# The source of benchmark $1's class in the tree at $2.
bench_class() {
  local name="$1" root="$2" simple
  case "$name" in
    console) echo "tests/org.hyperedge.ui.tests/src/org/hyperedge/ui/tests/ConsoleBenchmark.java"; return ;;
    topology) echo "tests/org.hyperedge.ui.topology.tests/src/org/hyperedge/ui/topology/tests/TopologyBenchmark.java"; return ;;
    startup|idle) echo "releng/scripts/bench.sh"; return ;; # the script itself starts the product and measures it
    forms) echo "tests/org.hyperedge.ui.tests/src/org/hyperedge/ui/tests/FormsBenchmark.java"; return ;;
  esac
  case "$name" in
    agent) simple=AgentBenchmark ;;
    *) simple="$(echo "${name:0:1}" | tr a-z A-Z)${name:1}Benchmark" ;;
  esac
  case "$(bench_layout "$root"):$name" in
    bench:agent) echo "bundles/org.hyperedge.bench/src/org/hyperedge/bench/agent/$simple.java" ;;
    bench:*) echo "bundles/org.hyperedge.bench/src/org/hyperedge/bench/$simple.java" ;;
    old:agent) echo "bundles/org.hyperedge.agent/src/org/hyperedge/agent/bench/$simple.java" ;;
    *) echo "bundles/org.hyperedge.cli/src/org/hyperedge/cli/bench/$simple.java" ;;
  esac
}

# How benchmark class $2 of the tree at BENCH_ROOT runs, measuring the $1 jar (cli or agent): sets BENCH_CP and
# BENCH_MAIN. In a tree with the bench bundle, the bench jar follows the measured jar on the class path and the class
# is org.hyperedge.bench[.agent].$2; in an older tree (a baseline's) the class is in the measured jar itself, as
# org.hyperedge.cli.bench.$2 or org.hyperedge.agent.bench.$2.
bench_entry() {
  local product="$1" class="$2" jar
  case "$product" in
    agent) jar="$AGENT_JAR" ;;
    cli) jar="$CLI_JAR" ;;
    *) die "bench_entry: no product '$product'" ;;
  esac
  if [ "$(bench_layout "$BENCH_ROOT")" = bench ]; then
    [ -f "$BENCH_JAR" ] || die "the benchmarks' jar is missing ($BENCH_JAR): run ./hyperedge build"
    BENCH_CP="$jar:$BENCH_JAR"
    case "$product" in
      agent) BENCH_MAIN="org.hyperedge.bench.agent.$class" ;;
      *) BENCH_MAIN="org.hyperedge.bench.$class" ;;
    esac
  else
    BENCH_CP="$jar"
    BENCH_MAIN="org.hyperedge.$product.bench.$class"
  fi
}

load_average() { cut -d' ' -f1-3 /proc/loadavg; }

# bench NAME --against REF: REF and this tree, alternately, ROUNDS times each (baseline first in odd rounds,
# current first in even ones), then each figure's median over all rounds on both sides and their ratio.
bench_against() {
  local name="$1" ref="$2" rounds="$3"; shift 3
  find_java
  local sha base
  sha="$(resolve_commit "$ref")"
  # this tree's jars read the figures, whichever benchmark ran
  if needs_build; then build_all; fi
  local runner=bench_run_tree
  case " $UI_BENCHES " in
    *" $name "*) runner=bench_run_ui_tree
                 base="$(baseline_source_tree "$ref" "$sha")" || exit 1 ;;
    *) base="$(baseline_tree "$ref" "$sha")" || exit 1 ;;
  esac
  local out="$HE_HOME/target/bench-against/$name-$(date +%Y%m%d-%H%M%S)"
  mkdir -p "$out"
  local current_name
  current_name="$(git -C "$HE_HOME" rev-parse --short HEAD)"
  [ -z "$(git -C "$HE_HOME" status --porcelain --untracked-files=no)" ] || current_name="$current_name + uncommitted changes"
  say "bench $name: baseline $ref (${sha:0:7}) against this tree ($current_name), $rounds rounds; outputs in $out"
  # Each side runs its own benchmark class: say when the two differ (this tree's print FIGURE lines besides)
  local class base_class differ
  class="$(bench_class "$name" "$HE_HOME")"
  base_class="$(bench_class "$name" "$base")"
  if [ "$class" = "$base_class" ]; then
    differ="$(git -C "$HE_HOME" diff --numstat "$sha" -- "$class" | awk '{print "+" $1 " -" $2 " lines"}')"
    [ -z "$differ" ] || say "$(basename "$class") differs between $ref and this tree ($differ; git diff ${sha:0:7} -- $class)"
  else
    # the class moved (to the bench bundle) since REF: compare REF's file, where REF has it, with this tree's
    if [ -f "$base/$base_class" ]; then
      differ="$({ git diff --no-index --numstat -- "$base/$base_class" "$HE_HOME/$class" || true; } \
                | awk '{print "+" $1 " -" $2 " lines"}')"
    else
      differ="$(wc -l <"$HE_HOME/$class" | awk '{print "+" $1 " -0 lines, new since then"}')"
    fi
    [ -z "$differ" ] || say "$(basename "$class") differs between $ref ($base_class) and this tree ($class): $differ, the package's among them (git diff ${sha:0:7}:$base_class HEAD:$class)"
  fi
  echo "load average before: $(load_average)" | tee "$out/load"
  local round side
  for round in $(seq 1 "$rounds"); do
    local order="baseline current"
    [ $((round % 2)) -eq 1 ] || order="current baseline"
    for side in $order; do
      local root="$HE_HOME" label="this tree"
      [ "$side" = baseline ] && { root="$base"; label="$ref"; }
      local began=$SECONDS
      if ! "$runner" "$name" "$root" "$@" >"$out/$side-$round.out" 2>&1; then
        tail -n 5 "$out/$side-$round.out" >&2
        die "round $round, $side ($label): bench $name failed; its output is $out/$side-$round.out"
      fi
      echo "round $round/$rounds, $side ($label): $((SECONDS - began)) s, load average after $(load_average)" | tee -a "$out/load"
    done
  done
  echo
  "$JAVA" -cp "$CLI_JAR:$BENCH_JAR" org.hyperedge.bench.BenchFigures "$name" "$out" "$ref (${sha:0:7})" "$current_name" \
    | tee "$out/figures" || die "could not read the figures in $out"
  echo "load average after: $(load_average); outputs: $out"
}

# --- the benchmarks -------------------------------------------------------------------------------------------------

# The packaged agent as its own process: new desired state to H2 ready, and idle memory and CPU.
bench_agent() {
  find_java
  local descriptor="$BENCH_ROOT/bundles/org.hyperedge.model/catalog/h2-database.json" version
  version="$(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$descriptor" | head -n 1)"
  local h2_jar="${HYPEREDGE_M2:-$HOME/.m2/repository}/com/h2database/h2/$version/h2-$version.jar"
  [ -f "$h2_jar" ] || die "the H2 jar is not in the local Maven repository ($h2_jar): run ./hyperedge build first"
  local scratch
  scratch="$(mktemp -d)"
  add_exit_hook "rm -rf '$scratch'"
  bench_entry agent AgentBenchmark
  "$JAVA" -cp "$BENCH_CP" "$BENCH_MAIN" \
    "$descriptor" "$h2_jar" "$scratch"
}

# The built-in H2 service's start, 71528ff's and today's, alternately: to its port listening and to a client's first query.
bench_h2_start() {
  find_java
  if needs_build; then build_all; fi
  local h2_jar="${HYPEREDGE_M2:-$HOME/.m2/repository}/com/h2database/h2/2.4.240/h2-2.4.240.jar"
  [ -f "$h2_jar" ] || die "the H2 jar is not in the local Maven repository ($h2_jar): run ./hyperedge build first"
  local scratch
  scratch="$(mktemp -d)"
  add_exit_hook "rm -rf '$scratch'"
  bench_entry cli H2StartBenchmark
  "$JAVA" -cp "$BENCH_CP" "$BENCH_MAIN" \
    "$HE_HOME/bundles/org.hyperedge.model/catalog/h2-database.json" "$h2_jar" "$scratch"
}

# Request to connection URL in the master, with the packaged agent as its own process over HTTPS.
bench_e2e() {
  find_java
  source "$BENCH_ROOT/releng/scripts/agent.sh"
  local scratch
  scratch="$(mktemp -d)"
  add_exit_hook "rm -rf '$scratch'"
  bench_entry cli E2eBenchmark
  # --dial-in (issue 18): the agent dials the master's endpoint instead of being dialled
  # --release NAME (issue 22): that release's request to its promises passing, instead of H2's
  # --behind-nat (issue 18): the dialling agent in a network namespace of its own behind a one-way NAT (root)
  local dial_in=false release=builtin:h2-database behind_nat=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --dial-in) dial_in=true; shift ;;
      --behind-nat) make_nat_namespace; behind_nat="$NAT_NAMESPACE"; dial_in=true; shift ;;
      --release) [ $# -ge 2 ] || die "--release needs a release id (builtin:redis)"; release="$2"; shift 2 ;;
      *) break ;;
    esac
  done
  "$JAVA" -Dhyperedge.bench.dialIn=$dial_in -Dhyperedge.bench.release="$release" \
    -Dhyperedge.bench.behindNat="$behind_nat" -cp "$BENCH_CP" "$BENCH_MAIN" \
    "$AGENT_JAR" "$scratch" "${1:-100}" $AGENT_JAVA_OPTS
}

# A network namespace behind a one-way NAT, as a box in a factory sits: a veth pair to this host (10.214.N.1 here,
# .2 there), its own connections masqueraded out and answered, nothing from outside let in. Sets NAT_NAMESPACE to
# NAMESPACE,HOST_ADDRESS,NAMESPACE_ADDRESS; an exit hook takes it down with every process left in it.
make_nat_namespace() {
  [ "$(id -u)" = 0 ] || die "bench e2e --behind-nat makes a network namespace: run it as root"
  command -v ip >/dev/null && command -v iptables >/dev/null \
    || die "bench e2e --behind-nat needs ip and iptables (apt-get install -y iproute2 iptables)"
  local n=$(( $$ % 200 + 20 )) ns="he-bench-nat-$$"
  local here="hebn${n}a" there="hebn${n}b" subnet="10.214.${n}"
  ip netns add "$ns" || die "cannot add network namespace $ns"
  add_exit_hook "ip netns pids '$ns' 2>/dev/null | xargs -r kill -9; ip netns delete '$ns' 2>/dev/null"
  ip link add "$here" type veth peer name "$there" && ip link set "$there" netns "$ns" \
    && ip addr add "$subnet.1/30" dev "$here" && ip link set "$here" up \
    && ip netns exec "$ns" ip addr add "$subnet.2/30" dev "$there" && ip netns exec "$ns" ip link set "$there" up \
    && ip netns exec "$ns" ip link set lo up \
    && ip netns exec "$ns" iptables -t nat -A POSTROUTING -o "$there" -j MASQUERADE \
    && ip netns exec "$ns" iptables -A INPUT -i lo -j ACCEPT \
    && ip netns exec "$ns" iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT \
    && ip netns exec "$ns" iptables -P INPUT DROP || die "cannot set up the NAT namespace $ns"
  NAT_NAMESPACE="$ns,$subnet.1,$subnet.2"
}

# Offline site: import of the factory-in-a-box site bundle to every instance started, 3 local agents; bundle size.
bench_site() {
  find_java
  source "$BENCH_ROOT/releng/scripts/agent.sh"
  local scratch
  scratch="$(mktemp -d)"
  add_exit_hook "rm -rf '$scratch'"
  bench_entry cli SiteBenchmark
  "$JAVA" -cp "$BENCH_CP" "$BENCH_MAIN" "$AGENT_JAR" "$scratch" $AGENT_JAVA_OPTS
}

# Restore of a lost PostgreSQL instance of MB megabytes (default 1024) on another node: restore-instance to started.
bench_restore() {
  find_java
  if needs_build; then build_all; fi
  source "$BENCH_ROOT/releng/scripts/agent.sh"
  local megabytes="${1:-1024}"
  [[ "$megabytes" =~ ^[0-9]+$ ]] && [ "$megabytes" -ge 1 ] && [ "$megabytes" -le 65536 ] \
    || die "bench restore $megabytes: give the database's size in MB, 1 to 65536 (default 1024)"
  command -v initdb >/dev/null && command -v pg_dump >/dev/null && command -v pg_restore >/dev/null \
    && command -v psql >/dev/null || die "bench restore needs PostgreSQL's initdb, postgres, pg_dump, pg_restore and psql"
  local scratch
  scratch="$(mktemp -d)"
  add_exit_hook "rm -rf '$scratch'"
  bench_entry cli RestoreBenchmark
  # the agent's jar too: the benchmark ends the lost node's services and removes their partition users as the agent would
  "$JAVA" -cp "$BENCH_CP:$AGENT_JAR" "$BENCH_MAIN" "$AGENT_JAR" "$scratch" "$megabytes" $AGENT_JAVA_OPTS
}

# Node syncs per second against simulated nodes on loopback addresses, 1,000 and 10,000 of them; with --dial-in
# [SECONDS] [NODES] (issue 18), NODES nodes (10,000) dialling the master instead, then push mode with as many.
bench_sync() {
  find_java
  local scratch
  scratch="$(mktemp -d)"
  add_exit_hook "rm -rf '$scratch'"
  if [ "${1:-}" = "--dial-in" ]; then
    shift
    [[ "${1:-20}" =~ ^[0-9]+$ && "${2:-10000}" =~ ^[0-9]+$ ]] \
      || die "bench sync --dial-in takes [SECONDS] [NODES], both numbers (e.g. bench sync --dial-in 20 10000)"
    # a socket per node on each side, and the push fleet's after it: the soft limit up to the hard one
    ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
    bench_entry cli DialInSyncBenchmark
    "$JAVA" -cp "$BENCH_CP" "$BENCH_MAIN" "$scratch" "${1:-20}" "${2:-10000}"
    return
  fi
  bench_entry cli SyncBenchmark
  "$JAVA" -cp "$BENCH_CP" "$BENCH_MAIN" "$scratch" "${1:-15}" ${2:-1000 10000}
}

# Requests/s with 1,000 nodes x 10 partitions and the desired state of a 100-partition node, on H2 and PostgreSQL.
bench_allocation() {
  find_java
  local scratch
  scratch="$(mktemp -d)"
  add_exit_hook "rm -rf '$scratch'"
  bench_entry cli AllocationBenchmark
  "$JAVA" -cp "$BENCH_CP" "$BENCH_MAIN" "H2" "jdbc:h2:file:$scratch/master"
  source "$HE_HOME/releng/scripts/postgres.sh"
  start_test_postgres
  "$JAVA" -cp "$BENCH_CP" "$BENCH_MAIN" "PostgreSQL" "$TEST_POSTGRES_URL"
}

# One renewal of a master's leases when MASTERS masters (3) share NODES dialled nodes (100,000) on a throw-away
# PostgreSQL: what each master does every 2 s.
bench_leases() {
  find_java
  local nodes="${1:-100000}" masters="${2:-3}"
  [[ "$nodes" =~ ^[0-9]+$ ]] && [ "$nodes" -ge 10 ] && [ "$nodes" -le 1000000 ] \
    || die "bench leases $nodes: give a number of nodes from 10 to 1,000,000"
  [[ "$masters" =~ ^[0-9]+$ ]] && [ "$masters" -ge 1 ] && [ "$masters" -le 8 ] \
    || die "bench leases $nodes $masters: give a number of masters from 1 to 8"
  bench_entry cli LeaseRenewalBenchmark
  source "$HE_HOME/releng/scripts/postgres.sh"
  start_test_postgres
  "$JAVA" -cp "$BENCH_CP" "$BENCH_MAIN" "$TEST_POSTGRES_URL" "$nodes" "$masters"
}

# Issue 19: NODES simulated dialled nodes (default 100,000) against MASTERS headless master processes (default 3) on
# one throw-away PostgreSQL, each node synced once a period (PERIOD seconds, default 60), after the same fleet against
# one master as the baseline: syncs/s, commits per sync, heap per node, delivery of a change, kill -9 of a master.
bench_fleet() {
  find_java
  if needs_build; then build_all; fi
  local scratch nodes="${1:-100000}" masters="${2:-3}" period="${3:-60}"
  [[ "$nodes" =~ ^[0-9]+$ ]] && [ "$nodes" -ge 10 ] && [ "$nodes" -le 1000000 ] \
    || die "bench fleet $nodes: give a number of nodes from 10 to 1,000,000"
  [[ "$masters" =~ ^[0-9]+$ ]] && [ "$masters" -ge 1 ] && [ "$masters" -le 8 ] \
    || die "bench fleet $nodes $masters: give a number of masters from 1 to 8"
  [[ "$period" =~ ^[0-9]+$ ]] && [ "$period" -ge 1 ] && [ "$period" -le 600 ] \
    || die "bench fleet $nodes $masters $period: give a sync period from 1 to 600 seconds"
  scratch="$(mktemp -d)"
  add_exit_hook "rm -rf '$scratch'"
  bench_entry cli FleetBenchmark
  source "$HE_HOME/releng/scripts/postgres.sh"
  start_test_postgres
  # a thread per kept connection on the simulated nodes' side: up to 4,096 per master
  "$JAVA" -Xmx4g -Xss256k -Dhyperedge.bench.cli="$CLI_JAR" -cp "$BENCH_CP" "$BENCH_MAIN" "$scratch" "$TEST_POSTGRES_URL" \
    "$nodes" "$masters" "$period"
}

# Usage records ingested per second, and a month of invoices for 1,000 projects from 1,000,000 records, on H2.
bench_accounting() {
  find_java
  local scratch
  scratch="$(mktemp -d)"
  add_exit_hook "rm -rf '$scratch'"
  bench_entry cli AccountingBenchmark
  "$JAVA" -Xmx2g -cp "$BENCH_CP" "$BENCH_MAIN" "H2" "jdbc:h2:file:$scratch/master" "${1:-1000000}"
}

# A node's power cut: the packaged agent with 10 instances (or $1), every process of the node killed at once, then the
# agent started again on its data: power back to every instance started, $2 rounds (default 3). Not a jar benchmark
# for --against: no earlier commit has the package or this benchmark.
bench_power() {
  find_java
  if needs_build; then build_all; fi
  source "$BENCH_ROOT/releng/scripts/agent.sh"
  local scratch
  scratch="$(mktemp -d)"
  add_exit_hook "rm -rf '$scratch'"
  bench_entry cli PowerBenchmark
  # the agent's jar too: the benchmark kills and removes the partitions' users as the agent names them (UnixUsers)
  "$JAVA" -cp "$BENCH_CP:$AGENT_JAR" "$BENCH_MAIN" "$AGENT_JAR" "$scratch" "${1:-10}" "${2:-3}" $AGENT_JAVA_OPTS
}

# Backup and restore of an embedded master with 100,000 instances and 1,000,000 usage records (or as given).
bench_backup() {
  find_java
  if needs_build; then build_all; fi
  local scratch
  scratch="$(mktemp -d)"
  add_exit_hook "rm -rf '$scratch'"
  bench_entry cli BackupBenchmark
  "$JAVA" -Xmx2g -cp "$BENCH_CP" "$BENCH_MAIN" "$scratch" "${1:-100000}" "${2:-1000000}"
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
    echo "FIGURE console.start-to-first-window $ms ms lower-is-better"
    times+=("$ms")
  done
  rm -rf "$scratch"
  local median
  median="$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}')"
  echo "console start to first window: median ${median} ms over $runs cold JVM starts (JVM start to window shown, Java $("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.version = //p'))"
}

# One start of the console as ./hyperedge console starts it (its class data sharing included: the first start of a
# new product records the archive the later ones map), on the data directory $1.
start_console_probe() {
  local data="$1"
  mkdir -p "$data"
  local launcher
  launcher="$(ls "$PRODUCT_DIR"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)"
  source "$HE_HOME/releng/scripts/console.sh"
  console_class_sharing
  local status=0
  (cd "$PRODUCT_DIR" && timeout 120 "$JAVA" "${CONSOLE_JVM_OPTS[@]}" "${CONSOLE_CDS_OPTS[@]}" ${HYPEREDGE_JAVA_OPTS:-} -Dhyperedge.data="$data" \
      -jar "$launcher" -data "$data/workspace" -clearPersistedState 2>"$data.log") || status=$?
  keep_console_class_archive
  return "$status"
}

# The console idle: started on a fresh data directory with this machine adopted as a node and $1 (5) static-web
# instances started on it, then the console JVM's CPU (utime + stime of /proc/PID/stat) over $2 (60) seconds, as a
# share of one core. The instances are requested with the command line on the same master while the console runs,
# and destroyed before it stops, so no service outlives the benchmark.
bench_idle() {
  local instances="${1:-5}" seconds="${2:-60}"
  [[ "$instances" =~ ^[0-9]+$ ]] && [ "$instances" -ge 1 ] && [ "$instances" -le 50 ] \
    || die "bench idle: $instances instances: give a number from 1 to 50"
  [[ "$seconds" =~ ^[0-9]+$ ]] && [ "$seconds" -ge 5 ] && [ "$seconds" -le 3600 ] \
    || die "bench idle: $seconds seconds: give a number from 5 to 3600"
  find_java
  if needs_build; then build_all; fi
  ensure_desktop_packages
  ensure_display
  local scratch data launcher pid
  scratch="$(mktemp -d)"
  data="$scratch/data"
  mkdir -p "$data"
  launcher="$(ls "$PRODUCT_DIR"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)"
  # the console's JVM as ./hyperedge console starts it (its class archive aside: that only speeds the start)
  source "$HE_HOME/releng/scripts/console.sh"
  (cd "$PRODUCT_DIR" && exec "$JAVA" "${CONSOLE_JVM_OPTS[@]}" ${HYPEREDGE_JAVA_OPTS:-} -Dhyperedge.data="$data" -jar "$launcher" \
      -data "$data/workspace" -clearPersistedState >"$scratch/console.log" 2>&1) &
  pid=$!
  add_exit_hook "kill $pid 2>/dev/null || true; rm -rf '$scratch'"
  # the subshell execs the JVM: $pid is the console's JVM, whose CPU is read
  local cli=("$JAVA" -jar "$CLI_JAR" --data "$data" --operator-key none)
  say "bench idle: waiting for the console to adopt this machine (console log: $scratch/console.log)"
  idle_wait 120 "this machine adopted" bash -c '"$@" nodes 2>/dev/null | grep -q "^ *local\b\|local "' _ "${cli[@]}" \
    || die "bench idle: the console did not adopt this machine (see $scratch/console.log)"
  local i
  for i in $(seq 1 "$instances"); do
    "${cli[@]}" request static-web "idle-$i" >/dev/null || die "bench idle: requesting idle-$i failed"
  done
  idle_wait 180 "$instances instances started" bash -c \
    '[ "$("$@" status 2>/dev/null | grep "idle-" | grep -c "started")" -ge '"$instances"' ]' _ "${cli[@]}" \
    || die "bench idle: the instances did not start (see $scratch/console.log)"
  sleep 30 # the JIT compilers finish with the start and the first syncs, and the views settle
  local ticks hz threads_before
  hz="$(getconf CLK_TCK)"
  threads_before="$(idle_thread_ticks "$pid")"
  ticks="$(idle_cpu_ticks "$pid")"
  sleep "$seconds"
  ticks=$(( $(idle_cpu_ticks "$pid") - ticks ))
  awk -v t="$ticks" -v hz="$hz" -v s="$seconds" -v n="$instances" 'BEGIN {
    printf "console idle with %d started instances: %.2f %% of a core over %d s (%d CPU ticks of 1/%d s, utime+stime of the console JVM)\n", n, 100 * t / hz / s, s, t, hz
    printf "FIGURE console.idle-cpu %.2f %%-of-a-core lower-is-better\n", 100 * t / hz / s }'
  # where the ticks went, by thread name: what to look at when the figure grows
  LC_ALL=C join -t '|' -a 2 -e 0 -o 0,1.2,2.2 <(echo "$threads_before" | LC_ALL=C sort -t '|' -k1,1) \
      <(idle_thread_ticks "$pid" | LC_ALL=C sort -t '|' -k1,1) \
    | awk -F '|' '{ name = $1; sub(/^[0-9]+ /, "", name); d[name] += $3 - $2 } END { for (n in d) if (d[n] > 0) printf "  %5d ticks  %s\n", d[n], n }' \
    | sort -rn | head -n 8
  for i in $(seq 1 "$instances"); do
    "${cli[@]}" request static-web "idle-$i" --state destroyed >/dev/null 2>&1 || true
  done
  idle_wait 120 "the instances destroyed" bash -c '! "$@" status 2>/dev/null | grep "idle-" | grep -vq "destroyed"' _ "${cli[@]}" \
    || true
  # this machine's agent outlives a console that is killed (it keeps its services and is found again at the next
  # start): the benchmark's own is stopped with it, and its data removed, or each run would leave one running
  local agents
  agents="$(pgrep -P "$pid" -f 'org\.hyperedge\.agent' || true)"
  # the console's window closes on SIGTERM only when SWT is idle: a few seconds, then it is killed
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  idle_stop_agents $agents
}

# Stops the agents with these PIDs and removes their data directories under /var/lib/hyperedge (a console run as
# root keeps its agent's there; otherwise it is inside the console's data directory, which the benchmark removes).
idle_stop_agents() {
  local agent agent_data
  for agent in "$@"; do
    agent_data="$(tr '\0' '\n' < "/proc/$agent/cmdline" 2>/dev/null | sed -n '/^--data$/{n;p;q}')"
    kill "$agent" 2>/dev/null || true
    for _ in $(seq 1 10); do kill -0 "$agent" 2>/dev/null || break; sleep 1; done
    kill -9 "$agent" 2>/dev/null || true
    if [[ "$agent_data" =~ ^/var/lib/hyperedge/local-agent-[0-9a-f]{8}$ ]]; then
      rm -rf "$agent_data" "$agent_data.log" "$agent_data.properties"
    fi
  done
}

# Each thread of a process as "TID name|ticks" (utime + stime), for the breakdown of bench idle.
idle_thread_ticks() {
  local task
  for task in /proc/"$1"/task/*; do
    [ -r "$task/stat" ] || continue
    sed -E 's/^([0-9]+) \((.*)\) [A-Z] (.*)$/\1 \2|\3/' "$task/stat" 2>/dev/null \
      | awk -F '|' '{ split($2, f, " "); print $1 "|" f[11] + f[12] }'
  done
}

# utime + stime of a process, in clock ticks (fields 14 and 15 of /proc/PID/stat, after the command's parentheses).
idle_cpu_ticks() {
  [ -r "/proc/$1/stat" ] || die "bench idle: the console (PID $1) is gone"
  sed 's/^.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'
}

# Runs a command every second until it succeeds or $1 seconds have passed (then fails naming $2).
idle_wait() {
  local limit="$1" what="$2"; shift 2
  local deadline=$((SECONDS + limit))
  until "$@"; do
    [ "$SECONDS" -lt "$deadline" ] || { say "bench idle: no $what after $limit s"; return 1; }
    sleep 1
  done
}

# What a benchmark run in the console's test runtime builds: every bundle and feature of the console, the test
# support, and the test bundles the console's tests require (the console core's, whose schemas they share, and the
# update's); the benchmark's own test bundle is added to it.
UI_BENCH_MODULES="releng/org.hyperedge.target,bundles/org.hyperedge.model,bundles/org.hyperedge.protocol,\
bundles/org.hyperedge.master,bundles/org.hyperedge.cli,bundles/org.hyperedge.agent,bundles/org.hyperedge.connector,\
bundles/org.hyperedge.console.core,bundles/org.hyperedge.update,bundles/org.hyperedge.ui,bundles/org.hyperedge.ui.topology,\
features/org.hyperedge.runtime.feature,features/org.hyperedge.console.feature,tests/org.hyperedge.testsupport,\
tests/org.hyperedge.console.core.tests,tests/org.hyperedge.update.tests"

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

# Federation (issue 20): a request on master A to the URL on A of an H2 server that master B placed on its agent,
# median of 5, both masters and the agent on loopback. FederationTest's measuring test, run through the test runtime
# (as root, so the agent's partitions have users of their own, as on a node).
bench_federation() {
  say "federation benchmark: two masters and an agent on loopback (builds what it needs first)"
  mvn_run verify -pl "releng/org.hyperedge.target,bundles/org.hyperedge.model,bundles/org.hyperedge.protocol,\
bundles/org.hyperedge.master,bundles/org.hyperedge.cli,bundles/org.hyperedge.agent,bundles/org.hyperedge.connector,\
bundles/org.hyperedge.console.core,bundles/org.hyperedge.ui,bundles/org.hyperedge.ui.topology,tests/org.hyperedge.testsupport,\
tests/org.hyperedge.connector.tests" \
    -Dtest="FederationTest#aServicePlacedOnBShowsItsUrlOnAWithinTheGoalOnceItsReleaseIsInstalledAndIsDestroyedFromA" \
    -Dsurefire.failIfNoSpecifiedTests=false | grep -E "^FIGURE federation" \
    || die "bench federation: the measuring test failed or printed no figure (run it alone: ./hyperedge test -Dtest=FederationTest)"
}

# The topology editor's canvas under Xvfb: render and pan a composite of 1,000 services and 2,000 links.
bench_topology() {
  local services="${1:-1000}"
  say "topology benchmark with $services services under Xvfb (builds what it needs first)"
  run_ui_benchmark org.hyperedge.ui.topology.tests TopologyBenchmark -Dhyperedge.bench.nodes="$services" \
    | grep -E "^topology bench"
}

# The request dialog under Xvfb for a generated schema of 200 fields (or $1) over four documents: the median time
# from the dialog asked for to its form built and laid out.
bench_forms() {
  local fields="${1:-200}"
  [[ "$fields" =~ ^[0-9]+$ ]] && [ "$fields" -ge 1 ] && [ "$fields" -le 5000 ] \
    || die "bench forms $fields: give a number of fields from 1 to 5000"
  say "forms benchmark with $fields fields under Xvfb (builds what it needs first)"
  run_ui_benchmark org.hyperedge.ui.tests FormsBenchmark -Dhyperedge.bench.fields="$fields" \
    | grep -E "^(forms bench|FIGURE)"
}

# The Instances view of the real console under Xvfb, with 100,000 instances (or $1) in the store: time to
# open it and to filter it. Runs through the test runtime (an OSGi console needs it), prints the figures.
bench_console() {
  local instances="${1:-100000}"
  say "console benchmark with $instances instances under Xvfb (builds what it needs first)"
  run_ui_benchmark org.hyperedge.ui.tests ConsoleBenchmark -Dhyperedge.bench.instances="$instances" \
    | grep -E "^(seeded|console bench)"
}
