#!/usr/bin/env bash
# First load of the sign-in page in headless Chromium, median over N loads (default 20), each in a new browser
# with an empty cache, against an app that is already running (start it with the README's run command).
# Usage: docs/bench/login-load.sh [loads] [url]      Needs: JAVA_HOME (JDK 21+), chromium and chromedriver.
set -euo pipefail
cd "$(dirname "$0")/../.."
loads=${1:-20}
url=${2:-http://localhost:${PORT:-8080}/login}
./mvnw -q -B -pl coaching-web -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
"${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java" \
  -cp "coaching-web/target/test-classes:coaching-web/target/classes:$(cat coaching-web/target/bench-classpath.txt)" \
  com.empathycoach.web.browser.LoginPageLoadBenchmark "$url" "$loads" 2>&1 | grep -E "^(load|loads|warm-up)"
