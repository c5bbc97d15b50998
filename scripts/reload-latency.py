#!/usr/bin/env python3
"""Measures save-to-reload latency of `sitegen serve`: edits a post, then times how long the
Server-Sent Events stream takes to announce the rebuild.
Usage: reload-latency.py PORT POST_FILE [RUNS] [body|title]
`body` (the default) appends a sentence to the post's text; `title` changes its title, which the
home page, the archive and the tag pages show, so the site is assembled and planned again."""
import re
import socket
import statistics
import sys
import time

port, post = int(sys.argv[1]), sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 20
mode = sys.argv[4] if len(sys.argv) > 4 else "body"
stream = socket.create_connection(("127.0.0.1", port))
stream.sendall(b"GET /_sitegen/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
buffer = b""
while b"retry:" not in buffer:
    buffer += stream.recv(4096)
original = open(post, encoding="utf-8").read()


def edited(run):
    if mode == "title":
        return re.sub(r'^title: "?([^"\n]*)"?$', rf'title: "\1 (take {run})"', original, count=1, flags=re.M)
    return original + f"\nEdit number {run}.\n"


latencies = []
try:
    for run in range(runs):
        time.sleep(0.3)
        buffer = b""
        with open(post, "w", encoding="utf-8") as handle:
            handle.write(edited(run))
        started = time.perf_counter()
        while b"event: reload" not in buffer:
            buffer += stream.recv(4096)
        latencies.append((time.perf_counter() - started) * 1000)
finally:
    with open(post, "w", encoding="utf-8") as handle:
        handle.write(original)
print(f"save-to-reload ({mode} edits): median {statistics.median(latencies):.0f} ms, "
      f"min {min(latencies):.0f} ms, max {max(latencies):.0f} ms over {runs} edits")
