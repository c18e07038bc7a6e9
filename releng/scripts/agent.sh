# ./hyperedge agent: the node agent as a plain Java program.

agent_main() {
  find_java
  if needs_build; then build_all; fi
  exec "$JAVA" -jar "$AGENT_JAR" "$@"
}
