# ./hyperedge agent: the node agent as a plain Java program.

# A small, steady JVM for a long-running daemon (the same as AgentLauncher.JVM_OPTIONS): C1 only,
# serial GC, bounded heap and code cache.
AGENT_JAVA_OPTS="-Xms4m -Xmx32m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -Xss256k -XX:ReservedCodeCacheSize=12m -XX:MaxMetaspaceSize=48m -XX:-UsePerfData"

agent_main() {
  find_java
  if needs_build; then build_all; fi
  exec "$JAVA" $AGENT_JAVA_OPTS ${HYPEREDGE_AGENT_JAVA_OPTS:-} -jar "$AGENT_JAR" "$@"
}
