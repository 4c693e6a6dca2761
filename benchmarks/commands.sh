#!/usr/bin/env bash
# Submit/revise throughput through the gateway and the effect of the article aggregate cache and snapshots.
# Usage: benchmarks/commands.sh [articles=600] [clients=8] [stream-length=300]
# Starts its own platforms on free loopback ports (fresh temp data folders), so nothing else needs to run.
# Appends a table to benchmarks/commands-results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
exec java -jar launcher/target/chronicle-launcher.jar bench "$@"
