# ./hyperedge package deb [--out DIR]: the node agent as a Debian package (also made by ./hyperedge build).

package_main() {
  local kind="${1:-}"
  [ $# -eq 0 ] || shift
  case "$kind" in
    deb) package_deb "$@" ;;
    "") die "package needs a kind: deb (the node agent as a Debian package)" ;;
    *) die "unknown package kind '$kind' (known: deb)" ;;
  esac
}

package_deb() {
  local out="$AGENT_DEB_DIR"
  while [ $# -gt 0 ]; do
    case "$1" in
      --out) [ $# -ge 2 ] && [ -n "$2" ] || die "--out needs a directory"; out="$2"; shift 2 ;;
      *) echo "hyperedge: package deb: unknown option '$1' (package deb [--out DIR])" >&2; exit 2 ;;
    esac
  done
  command -v dpkg-deb >/dev/null || die "building a Debian package needs dpkg-deb: sudo apt-get install -y dpkg"
  find_java
  if needs_build; then build_all; fi
  local deb
  deb="$(build_agent_deb "$out")" || die "the agent's Debian package failed to build"
  say "built $deb ($(du -h "$deb" | cut -f1)); install it with: sudo apt-get install -y $deb"
  echo "$deb"
}
