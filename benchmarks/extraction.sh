#!/usr/bin/env bash
# Extraction speed with JMH: sentences/s per language (dates, mentions, unlinked names, category) and articles/s
# through the whole StatementExtractor, over the seed corpus. Usage: benchmarks/extraction.sh [extra JMH options]
# Prints JMH's table and appends it, with commit and date, to benchmarks/extraction-results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl extraction test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
cp=extraction/target/test-classes:extraction/target/classes:$(cat extraction/target/bench.classpath)
out=$(mktemp)
java -Dchronicle.seeds=seeds -cp "$cp" org.openjdk.jmh.Main ExtractionBenchmark -f 1 -wi 2 -w 2s -i 3 -r 3s "$@" | tee "$out"
{
  echo "## Extraction — $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD), $(nproc) cores"
  echo
  echo '```'
  sed -n '/^Benchmark/,$p' "$out"
  echo '```'
  echo
} >> benchmarks/extraction-results.md
