# ./hyperedge test: the whole suite through Maven/Tycho, UI tests on Xvfb; exits non-zero on failure.

test_main() {
  find_java
  ensure_desktop_packages
  ensure_display
  say "running the test suite on DISPLAY=$DISPLAY"
  mvn_run verify "$@"
}
