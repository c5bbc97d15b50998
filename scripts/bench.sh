#!/usr/bin/env bash
# `make bench`: builds sitegen in release mode and times full builds of the example site and of
# generated sites (1,000 posts by default; BENCH_POSTS="1000 5000" for more). Prints the median of
# BENCH_RUNS runs and the peak memory of one run. Machines are shared and noisy: compare figures
# measured side by side in one run, never against a fixed threshold.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${BENCH_RUNS:-5}
posts=${BENCH_POSTS:-1000}
swift build -c release --product sitegen >/dev/null
bin=$PWD/.build/release/sitegen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

bench() { # name site-folder
    local name=$1 site=$2 times=()
    for ((run = 1; run <= runs; run++)); do
        local start end
        start=$(date +%s%N)
        "$bin" build --source "$site" --output "$work/out-$name" >"$work/log" 2>&1
        end=$(date +%s%N)
        times+=($(((end - start) / 1000000)))
    done
    local rss="n/a"
    if [ -x /usr/bin/time ]; then
        rss=$(/usr/bin/time -f %M "$bin" build --source "$site" --output "$work/out-$name" 2>&1 >/dev/null | tail -1)
        rss="$((rss / 1024)) MiB"
    fi
    printf '%-22s %-48s median %5d ms over %d runs, peak RSS %s\n' "$name" "$(tail -1 "$work/log")" \
        "$(printf '%s\n' "${times[@]}" | median)" "$runs" "$rss"
}

echo "sitegen $("$bin" --version), $(nproc) cores, $(date -u +%Y-%m-%d)"
bench example-site "$PWD"
for count in $posts; do
    scripts/generate-site.sh "$count" "$work/site-$count"
    bench "generated-$count" "$work/site-$count"
done
