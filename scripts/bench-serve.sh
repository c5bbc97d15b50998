#!/usr/bin/env bash
# Benchmarks `sitegen serve` on a generated site (BENCH_POSTS, default 1,000 posts): the time from
# saving a post to the reload event, and requests per second for a post page with wrk (Debian
# package `wrk`) at 64 connections, idle and while rebuilds run. Called by `make bench`.
set -euo pipefail
cd "$(dirname "$0")/.."
posts=${BENCH_POSTS:-1000}
posts=${posts%% *}
swift build -c release --product sitegen >/dev/null
bin=$PWD/.build/release/sitegen
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
scripts/generate-site.sh "$posts" "$work/site"
"$bin" serve --port 0 --source "$work/site" >"$work/serve.out" 2>"$work/serve.err" &
server=$!
for _ in $(seq 1 300); do grep -q Serving "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/^Serving \(http[^ ]*\).*/\1/p' "$work/serve.out")
port=$(echo "$url" | sed -n 's/.*:\([0-9]*\)\/$/\1/p')
echo "sitegen serve on a generated $posts-post site at $url"
python3 scripts/reload-latency.py "$port" "$work/site/content/posts/post-1.md" 20
grep "Rebuilt" "$work/serve.err" | tail -1 | sed 's/^/last rebuild: /'
if command -v wrk >/dev/null; then
    page="${url}posts/post-2/"
    wrk -t2 -c64 -d10s "$page" | sed -n 's/^Requests\/sec:/idle: requests\/sec:/p; /Non-2xx\|Socket errors/p'
    (for i in $(seq 1 40); do echo "edit $i" >>"$work/site/content/posts/post-3.md"; sleep 0.25; done) &
    editor=$!
    wrk -t2 -c64 -d10s "$page" | sed -n 's/^Requests\/sec:/during rebuilds: requests\/sec:/p; /Non-2xx\|Socket errors/p'
    wait "$editor"
    echo "rebuilds during the second run: $(grep -c Rebuilt "$work/serve.err")"
else
    echo "wrk not installed (apt-get install wrk): skipping requests per second"
fi
