# ./hyperedge test: the whole suite through Maven/Tycho, UI tests on Xvfb; exits non-zero on failure.

test_main() {
  find_java
  ensure_desktop_packages
  ensure_test_desktop_packages
  ensure_display
  ensure_service_packages
  source "$HE_HOME/releng/scripts/postgres.sh"
  start_test_postgres
  say "running the test suite on DISPLAY=$DISPLAY (master tests on H2 and on PostgreSQL)"
  mvn_run clean verify -Dhyperedge.test.postgres="$TEST_POSTGRES_URL" -Dhyperedge.test.postgres.skip=false "$@"
}
