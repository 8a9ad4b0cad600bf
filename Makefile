# Verbatim's commands. `make serve` to use it, `make test` to check it; both set up first.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

WASM_TARGET := wasm32-unknown-unknown
PORT ?= 8080

.PHONY: eval setup build wasm wasm-bench site serve test test-rust test-wasm test-e2e lint bench fuzz bench-hostile clean \
	setup-spark python-dev wheel test-spark bench-spark

setup:
	@scripts/setup.sh

# The native CLI: target/release/verbatim
build:
	cargo build --release

# The browser module: pkg/verbatim.js and pkg/verbatim_bg.wasm
# Built on a pinned nightly (scripts/setup.sh installs it, with rust-src) so that the
# standard library is compiled with panic = immediate-abort: a panic in wasm is a trap with
# or without its message (the page shows no message either way: there is no console), and
# dropping the panic formatting is 17 KB gzipped, a tenth of the module. Same reports, same
# speed (bench: within noise from 10 KB to 1 MB). Its own target directory, so that
# switching between this and the stable builds recompiles neither.
# opt-level 2, not the release profile's 3: in the browser it runs as fast (bench: 10 KB
# to 1 MB within 2%) and the module is 10 KB smaller gzipped, O3's extra inlining being
# mostly copies.
WASM_NIGHTLY := nightly-2026-05-20
# LLVM inlines a call only if the callee costs under 100 (its default at opt-level 2 is
# 225): some 2.4 KB less gzipped, most of what more inlining adds being copies. Lower
# thresholds save more and cost more time in the browser (size3 measured 50: 7.7 KB for
# 4-5%; 75: 3.3 KB for 3-5%; 150 saves nothing). `make wasm WASM_INLINE=` builds without it.
# A function marked #[inline] (the standard library's many small helpers) is inlined under
# 300, not 325: 1.2 KB less gzipped, CPU time within 1% (Node, 10 KB to 1 MB); 250 saved
# 2.4 KB for 1-4% more, 150 4.2 KB for 10-13% more. rustc's own (MIR) inliner takes a
# function marked #[inline] under 50, not 100: 0.8 KB less gzipped, CPU time within 1%
# (Node, 10 KB to 1 MB); its threshold for other functions at 25, not 50, saved 0.1 KB.
# Both a step lower (100 -> 85, 300 -> 275) keep the page within its budget with the
# attribution rules that took 1.9 KB: 206,198 -> 204,642 B gzipped, the reports the same
# (the browser and the CLI), CPU time in Node within noise (1 MB of English news and of
# German fiction, median of 9: 102-108 ms and 154-161 ms before, 102-110 and 157-164
# after; 80 saved no more than 85).
WASM_INLINE ?= -Cllvm-args=-inline-threshold=85 -Cllvm-args=-inlinehint-threshold=275 \
	-Zinline-mir-hint-threshold=50
# LLVM unrolls a loop fully only if the copies cost under 50 (its default is 300): a loop
# unrolled is its body several times over, and the analysis's loops are mostly over words
# and characters, where unrolling gains little. 3.6 KB less gzipped (unroll-threshold 100:
# 2.2 KB; 30: 3.6 KB; 15: 3.9 KB for 1.5-2.4% more CPU time; 0: 2.3 KB), CPU time within
# 1% (Node, 10 KB to 1 MB). Nor does it unroll a loop whose count is known only as it runs
# (LLVM's WebAssembly default: a small loop's body two or more times over, and a loop after
# it for the iterations left over): 3.3 KB less gzipped, CPU time within 1% (Node, 10 KB to
# 1 MB, and 200 PolNeAR articles one by one). Measured and left out with it: no partial
# unrolling of loops of known count (-unroll-allow-partial=false: 0.1 KB less), and then
# none up to a loop's largest count either (-unroll-max-upperbound=0: 0.5 KB less than
# without both), each some 1-1.5% more CPU time. `make wasm WASM_UNROLL=` builds without them.
WASM_UNROLL ?= -Cllvm-args=-unroll-threshold=50 -Cllvm-args=-unroll-runtime=false
# A comparison with a constant string (`word == "said"`, the attribution rules' many) calls
# memcmp instead of being expanded by LLVM into loads and compares of its bytes in place:
# 0.7 KB less gzipped (one load at most in place: 0.4 KB), CPU time within 1% (Node, 10 KB
# to 1 MB, and 200 PolNeAR articles one by one). `make wasm WASM_MEMCMP=` builds without it.
WASM_MEMCMP ?= -Cllvm-args=-max-loads-per-memcmp=0
# LLVM's jump threading copies a block into each predecessor that decides its branch only if
# it is at most 2 instructions long (its default is 6): 0.5 KB less gzipped, CPU time within
# 1% (Node, 10 KB to 1 MB, and 200 PolNeAR articles one by one). 1 measured the same, 3 and 4
# 0.3 and 0.1 KB more; 0 made the module 6 KB larger. `make wasm WASM_THREADING=` builds
# without it.
WASM_THREADING ?= -Cllvm-args=-jump-threading-threshold=2
# The standard library built with its `optimize_for_size` feature (its smaller integer
# formatting, sorts and string helpers): 2.5 KB less gzipped. Its unstable sort is then a
# heapsort, as many instructions in V8 but some 3% more CPU time on the shingle sets (the
# one sort run by the hundred thousand), which util::sort::sort_hashes sorts instead.
# `make wasm WASM_STD_FEATURES=` builds without it.
WASM_STD_FEATURES ?= optimize_for_size
WASM_DIR := target/shipped
# $(call wasm_build,FEATURES,OUT): the module with those cargo features, bound into OUT, by
# `wasm-pack build --target web`: the nightly through RUSTUP_TOOLCHAIN, opt-level 2 and the
# panic strategy through the environment, build-std after `--`; wasm-opt's flags are
# Cargo.toml's [package.metadata.wasm-pack.profile.release]. --mode no-install: wasm-pack
# uses the wasm-bindgen and wasm-opt on PATH (setup's), and downloads nothing.
define wasm_build
	@rustup run $(WASM_NIGHTLY) rustc --version >/dev/null 2>&1 || { echo "make wasm needs Rust $(WASM_NIGHTLY) with rust-src: run make setup" >&2; exit 1; }
	RUSTUP_TOOLCHAIN=$(WASM_NIGHTLY) CARGO_TARGET_DIR=$(WASM_DIR) CARGO_PROFILE_RELEASE_OPT_LEVEL=2 \
	RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort $(WASM_INLINE) $(WASM_UNROLL) $(WASM_MEMCMP) $(WASM_THREADING)" \
	wasm-pack --log-level warn build --mode no-install --release --target web --no-typescript --no-pack \
	  --no-gitignore --out-dir $(2) --out-name verbatim -- --features "$(1)" -Zbuild-std=std,panic_abort \
	  $(if $(WASM_STD_FEATURES),-Zbuild-std-features=$(WASM_STD_FEATURES))
endef

wasm:
	$(call wasm_build,,pkg)

# The same module with the bench's extra export (`segment`: words and sentences alone, set
# against Intl.Segmenter), which the page has no use for: target/bench/pkg.
wasm-bench:
	$(call wasm_build,bench,target/bench/pkg)

# The page's code (wasm, JS, HTML and CSS, each gzipped -9) may weigh 200 KB: `make site`
# fails past it, so a change that grows the page over its budget does not land (session 13
# went 31 B over, unnoticed by a green `make test`, before this check).
PAGE_BUDGET := 204800

# The whole static site in dist/: works from any sub-path, needs nothing from elsewhere.
site: wasm
	rm -rf dist
	mkdir -p dist/pkg dist/seeds
	cp www/*.html dist/
	cp pkg/verbatim_bg.wasm dist/pkg/
	cp seeds/*.txt seeds/index.json dist/seeds/
	# The JS is minified, and the page's modules bundled into app.js (1.5 KB less gzipped
	# than file by file, and four requests fewer): it is most of the page's weight after the
	# wasm, and the page is read by phones. The worker and the service worker are entry
	# points of their own; the wasm glue stays pkg/verbatim.js, beside the module it loads.
	esbuild www/app.js --bundle --minify --format=esm --log-level=warning --outdir=dist
	esbuild www/worker.js www/sw.js --minify --format=esm --log-level=warning --outdir=dist
	esbuild pkg/verbatim.js --minify --format=esm --log-level=warning --outdir=dist/pkg
	# The style sheet minified too: 0.4 KB less gzipped, the same rules.
	esbuild www/style.css --minify --log-level=warning --outdir=dist
	# The build's name (a hash of every file), in the service worker and the page: a
	# deployment that changes any file is a new service worker, which takes over and tells
	# the pages running another build.
	build=$$(cd dist && find . -type f | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-16); \
	  sed -i "s/__BUILD__/$$build/" dist/sw.js dist/app.js
	@w=$$(gzip -9c dist/pkg/verbatim_bg.wasm | wc -c); j=$$(cat dist/*.js dist/pkg/*.js | gzip -9c | wc -c); \
	  h=$$(cat dist/*.html dist/*.css | gzip -9c | wc -c); \
	  echo "dist/: wasm $$(wc -c < dist/pkg/verbatim_bg.wasm) bytes raw, $$w gzipped; JS $$j, HTML and CSS $$h bytes gzipped; the page's code $$((w + j + h))"; \
	  test $$((w + j + h)) -le $(PAGE_BUDGET) || { echo "the page's code is over its budget of $(PAGE_BUDGET) bytes gzipped (200 KB)" >&2; exit 1; }

serve: setup site
	@echo "Verbatim on http://127.0.0.1:$(PORT)/ (Ctrl-C stops it)"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory dist

lint:
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --lib --tests --target $(WASM_TARGET) --features bench -- -D warnings

test-rust:
	cargo test

# Who said what on annotated text nobody here wrote (../shared/corpora: PolNeAR and six more
# languages), per part of tests/accuracy/split.tsv; the score parts hold floors. ACCURACY_DUMP=FILE
# writes the dev parts' misses.
eval:
	cargo test --test accuracy -- --nocapture

# The crate's wasm-bindgen-test suite (tests/web.rs) in headless Chromium, then in headless
# Firefox, as `wasm-pack test --headless --chrome` typed at the crate root runs it;
# webdriver.json carries each browser's binary and flags. --mode no-install: the drivers and
# wasm-bindgen are setup's, nothing is downloaded.
test-wasm:
	wasm-pack --log-level warn test --mode no-install --headless --chrome
	wasm-pack --log-level warn test --mode no-install --headless --firefox

test-e2e: build site
	node --test tests/e2e/

# The Python package (python/: its own crate, PyO3 + maturin) and its Spark job. Java, pyspark
# and maturin come from scripts/setup-spark.sh, into .venv; the package is built into .venv
# from the crate as it is (`python-dev`: the core at opt-level 1, as the tests build it; the
# bench and the wheel are release builds), in python/target, apart from every other build.
MATURIN := cd python && VIRTUAL_ENV=$(CURDIR)/.venv $(CURDIR)/.venv/bin/maturin
setup-spark:
	@scripts/setup-spark.sh

python-dev: setup-spark
	$(MATURIN) develop --quiet

# The wheel to install or ship to a cluster: target/wheels/verbatim-*.whl (abi3: one wheel for
# CPython 3.8 and later on this platform).
wheel: setup-spark
	$(MATURIN) build --release --quiet --out $(CURDIR)/target/wheels

# The Spark job in local[2] mode against the CLI on 1,000 real articles (tests/spark/test_job.py).
test-spark: build python-dev
	cd python && cargo fmt -- --check
	.venv/bin/python tests/spark/test_job.py

test: setup lint test-rust test-wasm test-e2e test-spark

# The Spark job at 10,000 and 100,000 articles in local mode, against Spark MLlib's
# MinHashLSH and the CLI: bench/spark.py (SIZES=10000 to choose). Not a test: it prints.
# It runs the release wheel, installed as a user would, in a virtual environment of its own
# (target/bench-spark-venv, with numpy for MLlib), so that `make test-spark` rebuilding the
# package into .venv meanwhile changes nothing under it.
BENCH_VENV := target/bench-spark-venv
bench-spark: build wheel
	test -x $(BENCH_VENV)/bin/python || python3 -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -c 'import pyspark, numpy' 2>/dev/null || \
	  $(BENCH_VENV)/bin/pip install --quiet --disable-pip-version-check "pyspark==3.5.*" numpy
	$(BENCH_VENV)/bin/pip install --quiet --disable-pip-version-check --force-reinstall --no-deps target/wheels/verbatim-*.whl
	$(BENCH_VENV)/bin/python bench/spark.py

# Verbatim against its peers, in the browser and natively, in one go: prints the tables
# (bench/run.sh; SIZES=10,100 limits the article counts, BENCH_TEXTS=1MB the browser texts).
bench: setup site wasm-bench
	bench/run.sh

# Hostile pastes (one huge token, 100,000s of quotation marks, tag soup, CJK…) at 1 to 8 MB:
# time must double with the size. SIZES=1,2 (MB) and ONLY=quot pick; see examples/doubling.rs.
bench-hostile:
	cargo run --release --example doubling

# Fuzzes each target for FUZZ_SECONDS on nightly, in one process (the machine has two
# cores), growing a full corpus in fuzz/work/<target>/ (not committed) from the committed
# one; then keeps in fuzz/corpus/<target>/ the FUZZ_KEEP inputs that cover the most code
# (fuzz/keep.py): commit what changed, and tests/corpus.rs replays it in `make test`. A crash
# stops here, its input saved in fuzz/artifacts/<target>/; minimise it
# (cargo +nightly fuzz tmin -s none -a -O <target> <file>) into
# fuzz/regressions/<target>/<what-went-wrong>, which the replay keeps checking.
FUZZ_SECONDS ?= 300
FUZZ_KEEP ?= 300
FUZZ_TARGETS ?= analyze analyze_many quotes
FUZZ := cargo +nightly fuzz run -s none -a -O
fuzz:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
	@rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	for t in $(FUZZ_TARGETS); do \
	  mkdir -p fuzz/work/$$t; \
	  $(FUZZ) $$t fuzz/work/$$t fuzz/corpus/$$t -- -max_total_time=$(FUZZ_SECONDS) \
	    -max_len=4096 -timeout=10 -rss_limit_mb=2048; \
	  rm -rf fuzz/work/$$t.merged fuzz/work/$$t.control && mkdir fuzz/work/$$t.merged; \
	  $(FUZZ) $$t fuzz/work/$$t.merged fuzz/work/$$t fuzz/corpus/$$t -- -merge=1 \
	    -merge_control_file=fuzz/work/$$t.control -timeout=10 2>/dev/null; \
	  python3 fuzz/keep.py fuzz/work/$$t.control fuzz/corpus/$$t $(FUZZ_KEEP); \
	done

clean:
	cargo clean
	rm -rf python/target target/wheels
	rm -rf dist pkg
