# Decussate's build. Everything goes through the go command; the only other
# tools are xvfb-run for the desktop tests and Chromium for the browser tests
# (both installed by .ci/deps.sh), brotli for the .br copies of the web build
# when it is on PATH, and Node for the GOOS=js tests and benchmarks when it
# is on PATH.

GO ?= go
# ADDR is where make serve listens.
ADDR ?= 127.0.0.1:8080
WEB := dist/web
# wasm_exec.js moved from misc/wasm to lib/wasm in Go 1.24; take whichever
# this Go has, so that the copy always matches the compiler.
GOROOT := $(shell $(GO) env GOROOT)
WASM_EXEC := $(firstword $(wildcard $(GOROOT)/lib/wasm/wasm_exec.js $(GOROOT)/misc/wasm/wasm_exec.js))
PAGE := wasm/index.html wasm/loader.js wasm/style.css
# JS_TESTS are the packages whose tests also run under GOOS=js with Node:
# those with code that only the browser build has.
JS_TESTS := ./internal/pagehook/
# The clinical grader lives beside the repository, in the project's shared/.
CLINICAL := ../shared/clinical

.PHONY: web serve run cli bench test grade clean meshes screenshot

# web writes the static site to $(WEB). It is built in a scratch directory
# and swapped in whole, so a failed build leaves the last good site, and a
# running make serve never sends a mix of two builds. The data's and the
# font's licence texts go beside the page, in licenses/, where the About
# panel points (internal/credits).
web:
	@test -n "$(WASM_EXEC)" || { echo "make web: no wasm_exec.js under $(GOROOT)/lib/wasm or misc/wasm" >&2; exit 1; }
	rm -rf $(WEB).tmp
	mkdir -p $(WEB).tmp
	cp $(PAGE) $(WEB).tmp/
	cp $(WASM_EXEC) $(WEB).tmp/wasm_exec.js
	mkdir -p $(WEB).tmp/licenses
	cp assets/allen/LICENSE-CC-BY-4.0.txt assets/allen/ICBM-NOTICE.txt $(WEB).tmp/licenses/
	cp internal/uifont/LICENSE $(WEB).tmp/licenses/GO-FONT-LICENSE.txt
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $(WEB).tmp/decussate.wasm ./cmd/decussate
	$(GO) run ./cmd/precompress $(WEB).tmp/*.html $(WEB).tmp/*.js $(WEB).tmp/*.css $(WEB).tmp/*.wasm
	@if command -v brotli >/dev/null 2>&1; then \
		echo "brotli: .br copies"; \
		for f in $(WEB).tmp/*.html $(WEB).tmp/*.js $(WEB).tmp/*.css $(WEB).tmp/*.wasm; do \
			brotli -f -k -q 11 -o "$$f.br" "$$f" || exit 1; \
		done; \
	else \
		echo "brotli not on PATH: no .br copies (the .gz copies serve instead)"; \
	fi
	rm -rf $(WEB)
	mv $(WEB).tmp $(WEB)
	@ls -l $(WEB)

# serve serves the site on http://$(ADDR) until Ctrl-C. Go is all it needs.
serve: web cli
	./decussate-cli serve --addr $(ADDR) --dir $(WEB)

# meshes regenerates assets/meshes from the committed Allen atlas volume
# (assets/allen); the same volume gives the same bytes on every run.
meshes:
	$(GO) run ./cmd/meshbuild -volume assets/allen/AllenAtlas.nii.gz -out assets/meshes

# screenshot remakes the README's picture, docs/screenshot.png: the explorer
# as it first opens on a 1280×720 screen, with its labels on, drawn headless
# through the same Frame as the window and the page (the hint line, the
# toolbar and the model as they are today). Run it after a change that
# shows there, and commit the picture.
screenshot:
	$(GO) run ./cmd/decussate-cli render --panels --labels --size 1280x720 --out docs/screenshot.png

# run starts the explorer as a desktop window.
run:
	$(GO) run ./cmd/decussate

# cli builds ./decussate-cli, without cgo so it runs on any machine of the
# same OS and architecture; the clinical grader calls this file.
cli:
	CGO_ENABLED=0 $(GO) build -o decussate-cli ./cmd/decussate-cli

# bench runs every measurement behind the speed budgets (.ci/bench): the
# scene benchmarks, the frame under wasm with Node, the page's download size,
# its time to the first frame and the frames per second in headless Chromium
# against the smallest Ebiten program's; then prints each budget beside its figures (one run, so the
# figures share the machine's load). It is never part of make test.
bench:
	GO=$(GO) ./.ci/bench

# test is what CI runs (.ci/run). The web build comes first: the browser
# tests (internal/browsertest) load it in headless Chromium, and
# DECUSSATE_REQUIRE_BROWSER=1 makes them fail, not skip, when it or
# Chromium is missing. The desktop tests open a window, so the tests run
# under Xvfb. The packages with browser-only code run their tests under
# GOOS=js with Node too, where Node is on PATH. The browser tests start
# Chromium a dozen times and draw in software, so their package gets more
# than go test's default 10 minutes on a loaded machine.
test:
	./.ci/deps.sh
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./...
	$(MAKE) web cli
	DECUSSATE_REQUIRE_BROWSER=1 xvfb-run -a $(GO) test -timeout 15m ./...
	@if command -v node >/dev/null 2>&1; then \
		echo "GOOS=js GOARCH=wasm $(GO) test $(JS_TESTS)"; \
		GOOS=js GOARCH=wasm $(GO) test -exec="$(GOROOT)/lib/wasm/go_js_wasm_exec" $(JS_TESTS); \
	else \
		echo "make test: node not found, the GOOS=js tests of $(JS_TESTS) skipped"; \
	fi
	$(MAKE) grade

# grade runs the clinical grader's example cases against ./decussate-cli,
# when the grader is there (it is in shared/, beside the repository).
grade: cli
	@if [ -f $(CLINICAL)/grade.py ]; then \
		python3 $(CLINICAL)/grade.py $(CLINICAL)/cases.json $(CLINICAL)/specs.json -- ./decussate-cli; \
	else \
		echo "make grade: no $(CLINICAL)/grade.py, skipped"; \
	fi

clean:
	rm -rf dist decussate-cli
