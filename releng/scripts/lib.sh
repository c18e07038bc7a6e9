# Shared functions of the hyperedge script: JDK, Maven bootstrap, desktop packages, Xvfb, build.
# Sourced by ./hyperedge; HE_HOME is the repository root.

MAVEN_VERSION=3.9.16
TOOLS_DIR="$HE_HOME/.tools"
PRODUCT_ID=org.hyperedge.console.product
PRODUCT_DIR="$HE_HOME/product/$PRODUCT_ID/target/products/$PRODUCT_ID/linux/gtk/x86_64/hyperedge"
AGENT_JAR="$HE_HOME/product/org.hyperedge.agent.jar/target/hyperedge-agent.jar"
CLI_JAR="$HE_HOME/product/org.hyperedge.cli.jar/target/hyperedge-cli.jar"
# The benchmarks, never shipped: run after the jar they measure on one class path (releng/scripts/bench.sh)
BENCH_JAR="$HE_HOME/product/org.hyperedge.bench.jar/target/hyperedge-bench.jar"
DESKTOP_PACKAGES="xvfb xauth libgtk-3-0 fonts-dejavu-core libxtst6 x11-utils"

die() { echo "hyperedge: $*" >&2; exit 1; }

# Cleanups run when the script exits, in the reverse order of registration.
EXIT_HOOKS=()
add_exit_hook() {
  EXIT_HOOKS=("$1" "${EXIT_HOOKS[@]}")
  trap 'for hook in "${EXIT_HOOKS[@]}"; do eval "$hook"; done' EXIT
}
say() { echo "hyperedge: $*" >&2; }

# A JDK 17+ : JAVA_HOME if set, else the java on PATH.
find_java() {
  if [ -n "${JAVA_HOME:-}" ]; then
    JAVA="$JAVA_HOME/bin/java"
  else
    JAVA="$(command -v java || true)"
    [ -n "$JAVA" ] || die "no Java found: install a JDK 17 or newer (apt-get install -y openjdk-17-jdk-headless) or set JAVA_HOME"
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$JAVA")")")"
  fi
  [ -x "$JAVA" ] || die "JAVA_HOME=$JAVA_HOME has no bin/java"
  local version
  version="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  [ "${version%%.*}" -ge 17 ] 2>/dev/null || die "Java $version at $JAVA_HOME is too old: HyperEdge needs Java 17 or newer"
  [ -x "$JAVA_HOME/bin/javac" ] || die "$JAVA_HOME is a JRE, not a JDK: the build needs javac (apt-get install -y openjdk-17-jdk-headless)"
  export JAVA_HOME JAVA
}

# Maven 3.9 unpacked from Maven Central by the system mvn (Debian's 3.8 is too old for Tycho 4).
ensure_maven() {
  MVN="$TOOLS_DIR/apache-maven-$MAVEN_VERSION/bin/mvn"
  [ -x "$MVN" ] && return 0
  command -v mvn >/dev/null || die "the system Maven is needed once to fetch Maven $MAVEN_VERSION: apt-get install -y maven"
  say "fetching Maven $MAVEN_VERSION from Maven Central (once)"
  mkdir -p "$TOOLS_DIR"
  (cd "$TOOLS_DIR" && mvn -B -q $(repo_args) dependency:unpack \
      -Dartifact="org.apache.maven:apache-maven:$MAVEN_VERSION:zip:bin" \
      -DoutputDirectory="$TOOLS_DIR" -Dmdep.markersDirectory="$TOOLS_DIR/.markers") \
    || die "could not fetch Maven $MAVEN_VERSION with the system mvn"
  chmod +x "$MVN"
}

repo_args() { [ -n "${HYPEREDGE_M2:-}" ] && echo "-Dmaven.repo.local=$HYPEREDGE_M2"; true; }

mvn_run() {
  find_java
  ensure_maven
  (cd "$HE_HOME" && "$MVN" -B $(repo_args) ${HYPEREDGE_MVN_ARGS:-} "$@")
}

# The packages of the list given that dpkg does not have installed, one a line.
missing_packages() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
}

# Installs Debian packages (as root), saying what they are for.
apt_install() {
  local why="$1"; shift
  say "installing $* from Debian packages$why"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null || die "apt-get update failed"
  apt-get install -y -q --no-install-recommends "$@" >/dev/null || die "apt-get install $* failed"
}

# Xvfb and GTK from Debian packages: installed when root, otherwise the one line to run is printed.
ensure_desktop_packages() {
  local missing
  missing=$(missing_packages $DESKTOP_PACKAGES)
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    apt_install "" $missing
  else
    echo "hyperedge: the desktop packages" $missing "are missing. Run once:" >&2
    echo "  sudo apt-get install -y --no-install-recommends $DESKTOP_PACKAGES" >&2
    exit 1
  fi
}

# Host programs the built-in catalog runs in partitions (nginx, Redis, Mosquitto, HAProxy, MariaDB's server and client
# without the Debian service around them, Jupyter Notebook, and curl for the CDN edge's and the notebook's promises): installed for the agent's and
# connector's service tests when root; otherwise those tests are skipped, and the line that would enable them is
# printed. iptables: the dial-in tests' one-way NAT in front of a node (issue 18).
# QEMU, busybox and cpio: the kvm release, whose guest boots the host's kernel (one in /boot with virtio's modules).
SERVICE_PACKAGES="nginx-light redis-server mosquitto haproxy mariadb-server-core mariadb-client-core jupyter-notebook curl iptables qemu-system-x86 busybox-static cpio"
ensure_service_packages() {
  local missing
  missing=$(missing_packages $SERVICE_PACKAGES)
  # a host without a kernel of its own in /boot (a container) gets Debian's cloud kernel for the guests; a host that
  # has one keeps its boot alone
  guest_kernel_present || missing="$missing linux-image-cloud-amd64"
  [ -z "${missing// /}" ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    apt_install " (services the agent tests run)" $missing
  else
    say "the nginx, Redis, Mosquitto, MariaDB, notebook, KVM, CDN edge and load balancer tests are skipped; to run them: sudo apt-get install -y --no-install-recommends $missing"
  fi
}

# Whether /boot holds a readable kernel whose virtio network module the kvm release's guest can load.
guest_kernel_present() {
  local kernel version
  for kernel in /boot/vmlinuz-*; do
    version="${kernel#/boot/vmlinuz-}"
    [ -r "$kernel" ] && ls "/lib/modules/$version/kernel/drivers/net/virtio_net.ko"* >/dev/null 2>&1 && return 0
  done
  return 1
}

# What the UI tests use besides the console's own packages: xdotool drags from the palette onto the topology
# canvas with XTest motion events, the only ones GTK's drag and drop follows.
TEST_DESKTOP_PACKAGES="xdotool"
ensure_test_desktop_packages() {
  local missing
  missing=$(missing_packages $TEST_DESKTOP_PACKAGES)
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    apt_install " (the UI tests' drag and drop)" $missing
  else
    say "the topology editor's drag and drop test needs: sudo apt-get install -y --no-install-recommends $TEST_DESKTOP_PACKAGES"
  fi
}

# Uses $DISPLAY when it answers; otherwise starts Xvfb on a free display, stopped on exit.
ensure_display() {
  if [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; then return 0; fi
  local n=99
  while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
  Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  add_exit_hook "kill $! 2>/dev/null || true"
  export DISPLAY=":$n"
  for _ in $(seq 1 50); do xdpyinfo >/dev/null 2>&1 && return 0; sleep 0.1; done
  die "Xvfb did not start on $DISPLAY"
}

BUILD_STAMP="$TOOLS_DIR/build.stamp"

# True when a product is missing or a source file changed since the last successful build.
needs_build() {
  [ -d "$PRODUCT_DIR" ] && [ -f "$AGENT_JAR" ] && [ -f "$CLI_JAR" ] && [ -f "$BENCH_JAR" ] && [ -f "$BUILD_STAMP" ] || return 0
  [ -n "$(find "$HE_HOME/pom.xml" "$HE_HOME/bundles" "$HE_HOME/features" "$HE_HOME/releng" "$HE_HOME/product" \
           -newer "$BUILD_STAMP" -type f -not -path '*/target/*' -not -path '*/bin/*' \
           -not -name '.tycho-consumer-pom.xml' -print -quit)" ]
}

# clean first: an incremental compile keeps classes of deleted sources and constants inlined from changed ones
# (a regenerated EMF package renumbers its feature ids), so an updated checkout would run stale code
build_all() {
  say "building (bundles, console product, update site, agent jar)"
  local stamp_candidate
  stamp_candidate="$(mktemp)"
  mvn_run -q clean verify -DskipTests "$@" || die "build failed (run ./hyperedge build without -q output: HYPEREDGE_MVN_ARGS=-e)"
  if command -v dpkg-deb >/dev/null; then
    build_agent_deb "$AGENT_DEB_DIR" >/dev/null || die "the agent's Debian package failed to build"
  else
    say "no dpkg-deb here: the agent's Debian package is not built (to build it: sudo apt-get install -y dpkg)"
  fi
  mv "$stamp_candidate" "$BUILD_STAMP"
  say "built: $PRODUCT_DIR"
}

# Where the build leaves the agent's Debian package, hyperedge-agent_VERSION_all.deb.
AGENT_DEB_DIR="$HE_HOME/product/org.hyperedge.agent.jar/target"

# The project's version, from the parent pom (the first <version>: the project's own).
project_version() {
  sed -n 's|^  <version>\(.*\)</version>$|\1|p' "$HE_HOME/pom.xml" | head -n 1
}

# The node agent as a Debian package in $1, packed by dpkg-deb from the built agent jar (its class path); prints
# the package's path.
build_agent_deb() {
  command -v dpkg-deb >/dev/null || die "building a Debian package needs dpkg-deb: sudo apt-get install -y dpkg"
  "$JAVA" -cp "$AGENT_JAR" org.hyperedge.agent.packaging.DebianPackage --version "$(project_version)" --out "$1"
}

# The data directory: --data, else the console preference, else ~/.hyperedge.
resolve_data_dir() {
  local dir="$DATA_ARG"
  local prefs="${XDG_CONFIG_HOME:-$HOME/.config}/hyperedge/console.properties"
  if [ -z "$dir" ] && [ -f "$prefs" ]; then
    dir="$(sed -n 's/^data.directory=//p' "$prefs" | tail -n 1 | sed -e 's/\\:/:/g' -e 's/\\=/=/g' -e 's/\\\\/\\/g')"
  fi
  dir="${dir:-$HOME/.hyperedge}"
  mkdir -p "$dir" || die "cannot create the data directory $dir"
  (cd "$dir" && pwd)
}

# EMF's generator, run outside Eclipse by releng/org.hyperedge.emfgen; the generated code is committed.
generate_model() {
  mvn_run -q -f "$HE_HOME/releng/org.hyperedge.emfgen/pom.xml" compile exec:java \
    -Dexec.args="$HE_HOME/bundles/org.hyperedge.model hyperedge" "$@" | grep -v '^  OK$' || true
  say "regenerated bundles/org.hyperedge.model/src-gen (review with git diff)"
}

# catalog, request, status, nodes: the master from a terminal, on the console's data directory or --db.
cli_main() {
  find_java
  if needs_build; then build_all; fi
  local data
  data="$(resolve_data_dir)"
  local key=()
  if [ -n "${OPERATOR_KEY_ARG:-}" ]; then key=(--operator-key "$OPERATOR_KEY_ARG"); fi
  if [ -n "${DB_ARG:-}" ]; then
    exec "$JAVA" -jar "$CLI_JAR" --data "$data" --db "$DB_ARG" "${key[@]}" "$@"
  fi
  exec "$JAVA" -jar "$CLI_JAR" --data "$data" "${key[@]}" "$@"
}
