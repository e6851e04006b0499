#!/usr/bin/env bash
# The whole archive on this machine, without Docker: real Kafka, Elasticsearch and PostgreSQL (from Maven
# Central, or Debian's PostgreSQL) and the three services.
#
#   deploy/stack.sh up [--no-build]   build, start everything, print the URLs; Ctrl-C stops it all
#   deploy/stack.sh down              stop a stack started from another terminal
#
# Settings (environment): ARCHIVE_STACK_DATA (default .local-stack), ARCHIVE_STACK_{KAFKA,ELASTICSEARCH,
# POSTGRES,INGEST,ENRICH,SEARCH}_PORT, ARCHIVE_STACK_TOPIC_PARTITIONS. Needs only Java 17+.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command="${1:-up}"
[ $# -gt 0 ] && shift
build=true
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    *) echo "unknown option: $arg (usage: deploy/stack.sh [up [--no-build] | down])" >&2; exit 2 ;;
  esac
done
classpath_file="$root/deploy/stack/target/classpath.txt"
if [ "$command" = up ] && $build; then
  echo "Building the services (./mvnw package -DskipTests)..."
  "$root/mvnw" -q -B -f "$root/pom.xml" package -DskipTests
fi
if [ ! -f "$classpath_file" ]; then
  echo "The project is not built yet: run deploy/stack.sh up (without --no-build)" >&2
  exit 1
fi
exec java -Darchive.root="$root" -cp "$root/deploy/stack/target/classes:$(cat "$classpath_file")" \
  org.archivist.stack.Stack "$command"
