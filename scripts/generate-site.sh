#!/usr/bin/env bash
# Writes a synthetic analysis site with N posts into DIR, for benchmarks:
#   scripts/generate-site.sh 1000 /tmp/site-1000
# Every post has front matter, sections, a list, a table, a footnote and tags from a pool of 40.
set -euo pipefail
count=${1:?number of posts}
dir=${2:?target folder}
rm -rf "$dir"
mkdir -p "$dir/content/posts"
cat >"$dir/sitegen.yaml" <<YAML
title: Benchmark Brief
baseURL: https://bench.example.org/
timeZone: Europe/Brussels
paginate: 10
YAML
topics=(alliance sanctions munitions "mutual aid" "Cold War" NATO Russia "North Korea" China Ukraine
    "export controls" shipping energy grain Arctic "Black Sea" AUKUS submarines missiles "nuclear policy"
    "arms control" "defence industry" Europe "United States" Japan "South Korea" Taiwan India Iran Turkey
    diplomacy treaties "UN Security Council" deterrence "air defence" artillery logistics cyber space finance)
paragraph="Analysts weigh the alliance commitments, the sanctions regime and the supply of munitions against \
the record of earlier treaties. The *mutual aid* clause matters less than the **practice** of states, and the \
evidence so far is mixed: officials describe deliveries, shipping data shows gaps, and independent monitors \
report that enforcement has weakened since the panel of experts was disbanded."
for ((i = 1; i <= count; i++)); do
    year=$((2015 + i % 10))
    month=$((1 + i % 12))
    day=$((1 + i % 28))
    t1=${topics[$((i % 40))]}
    t2=${topics[$(((i * 7) % 40))]}
    t3=${topics[$(((i * 13) % 40))]}
    {
        printf -- '---\ntitle: "Analysis %d: %s and %s"\ndate: %04d-%02d-%02d\n' "$i" "$t1" "$t2" "$year" "$month" "$day"
        printf 'tags: ["%s", "%s", "%s"]\nauthors: [Analyst %d]\n---\n\n' "$t1" "$t2" "$t3" $((i % 7))
        for section in Context "Key points" Evidence Outlook; do
            printf '%s\n\n## %s\n\n%s\n\n' "$paragraph" "$section" "$paragraph"
            printf -- '- First point on %s.\n- Second point on ~~old~~ new %s data[^%s].\n\n' "$t1" "$t2" "${section// /}"
            printf '| Year | Deliveries | Change |\n| :--- | ---: | ---: |\n| 2023 | 1,200 | +4%% |\n| 2024 | 1,450 | +21%% |\n\n'
        done
        for section in Context "Key points" Evidence Outlook; do
            printf '[^%s]: Source note for %s, see https://example.org/report-%d.\n' "${section// /}" "$section" "$i"
        done
    } >"$dir/content/posts/post-$i.md"
done
printf -- '---\ntitle: About\n---\n\nA generated benchmark site.\n' >"$dir/content/about.md"
