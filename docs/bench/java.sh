#!/usr/bin/env bash
# Runs a benchmark's main class from a module's test sources in a JVM of its own, with the JVM's default
# compilers. (Maven's own JVM is started with the quick-start compiler only, see .mvn/jvm.config, which
# suits builds but not measurements, so benchmarks do not run inside Maven.)
#
# Usage: docs/bench/java.sh MODULE MAIN_CLASS [ARGS...]
#   e.g. docs/bench/java.sh coaching-web com.empathycoach.web.reporting.ExportBenchmark
# Environment: BENCH_OPTS (JVM options, e.g. "-XX:StartFlightRecording=filename=x.jfr,settings=profile").
# Needs: a JDK 21+ (JAVA_HOME) and the modules installed once (./mvnw install -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/../.."
module=${1:?usage: docs/bench/java.sh MODULE MAIN_CLASS [ARGS...]}
main=${2:?usage: docs/bench/java.sh MODULE MAIN_CLASS [ARGS...]}
shift 2
java=${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java
./mvnw -q -pl "$module" test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cd "$module"
# shellcheck disable=SC2086
exec "$java" ${BENCH_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "$main" "$@"
