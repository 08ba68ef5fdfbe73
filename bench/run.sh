#!/usr/bin/env bash
# All benchmarks; each prints its figures. Builds first if needed (./kefu build). The full demo database (100k customers,
# 1M contact records) is generated once into bench/.data and reused.
#   bench/run.sh            everything, full size
#   bench/run.sh small      the same on the small demo slice (quick check)
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
SIZE="${1:-full}"
cd "$HERE"
[ -n "$(ls server/target/kefu-server-*-all.jar 2>/dev/null)" ] || ./kefu build
JAR="$(ls server/target/kefu-server-*-all.jar | head -n1)"
if [ -z "${JAVA_HOME:-}" ]; then
  for c in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    [ -x "$c/bin/java" ] && { JAVA_HOME="$c"; break; }
  done
fi
JAVA="$JAVA_HOME/bin/java"
echo "== store throughput"
"$JAVA" -Xmx2g -Dderby.storage.pageCacheSize=8000 -cp "$JAR" bench/StoreBench.java 200000
echo "== demo data ($SIZE)"
mkdir -p "bench/.data/$SIZE"
"$JAVA" -Xmx2g -cp "$JAR" bench/DemoGenerate.java "bench/.data/$SIZE" "$SIZE"
echo "== client start-up on the $SIZE demo database"
JAVA_HOME="$JAVA_HOME" bench/launch.sh "$HERE/bench/.data/$SIZE" 5
echo "== service process on the $SIZE demo database (customer lookup, contact-record search, statistics)"
"$JAVA" -Xmx2g -cp "$JAR" bench/ServiceBench.java "bench/.data/$SIZE"
echo "== sync against a real server on the $SIZE demo database (a copy, so the benchmark's tickets do not stay)"
rm -rf "bench/.data/sync-$SIZE" && cp -r "bench/.data/$SIZE" "bench/.data/sync-$SIZE"
"$JAVA" -Xmx2g -cp "$JAR" bench/SyncBench.java "bench/.data/sync-$SIZE" 4 8
rm -rf "bench/.data/sync-$SIZE"
