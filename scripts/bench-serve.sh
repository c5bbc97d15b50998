#!/usr/bin/env bash
# Benchmarks `sitegen serve` on generated analysis sites (scripts/bench/generate_corpus.py) of each
# size in BENCH_POSTS (default "1000 10000"): the time from saving a post to the reload event, for
# an edit of a post's text and for an edit of its title, and (for the first size) requests per
# second for a post page with wrk (Debian package `wrk`) at 64 connections, idle and while rebuilds
# run. Called by `make bench`.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product sitegen >/dev/null
bin=$PWD/.build/release/sitegen
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
first=yes
for posts in ${BENCH_POSTS:-1000 10000}; do
    site="$work/site-$posts"
    python3 scripts/bench/generate_corpus.py "$posts" "$site"
    "$bin" serve --port 0 --source "$site" >"$work/serve.out" 2>"$work/serve.err" &
    server=$!
    for _ in $(seq 1 600); do grep -q Serving "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
    url=$(sed -n 's/^Serving \(http[^ ]*\).*/\1/p' "$work/serve.out")
    port=$(echo "$url" | sed -n 's/.*:\([0-9]*\)\/$/\1/p')
    post=$(find "$site/content/posts" -name '*.md' | sort | sed -n 2p)
    echo "sitegen serve on a generated $posts-post site at $url"
    python3 scripts/reload-latency.py "$port" "$post" 20 body
    grep "Rebuilt" "$work/serve.err" | tail -1 | sed 's/^/  last rebuild: /'
    python3 scripts/reload-latency.py "$port" "$post" 5 title
    grep "Rebuilt" "$work/serve.err" | tail -1 | sed 's/^/  last rebuild: /'
    if [ "$first" = yes ] && command -v wrk >/dev/null; then
        page="${url}$(cd "$site/content/posts" && ls | sort | sed -n 3p | sed 's/^[0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\}-\(.*\)\.md$/posts\/\1\//')"
        wrk -t2 -c64 -d10s "$page" | sed -n 's/^Requests\/sec:/idle: requests\/sec:/p; /Non-2xx\|Socket errors/p'
        edits=$(find "$site/content/posts" -name '*.md' | sort | sed -n 4p)
        (for i in $(seq 1 40); do echo "edit $i" >>"$edits"; sleep 0.25; done) &
        editor=$!
        wrk -t2 -c64 -d10s "$page" | sed -n 's/^Requests\/sec:/during rebuilds: requests\/sec:/p; /Non-2xx\|Socket errors/p'
        wait "$editor"
        echo "rebuilds during the second run: $(grep -c Rebuilt "$work/serve.err")"
    elif [ "$first" = yes ]; then
        echo "wrk not installed (apt-get install wrk): skipping requests per second"
    fi
    first=no
    kill "$server"
    wait "$server" 2>/dev/null || true
    server=""
done
