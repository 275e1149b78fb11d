// Decussate's loader: checks that the browser can run the explorer, downloads
// decussate.wasm with a progress bar fed by the bytes received, and starts it
// with Go's wasm_exec.js. Whatever goes wrong ends in a readable message on
// the page, never in a blank one.
"use strict";

(() => {
  const wasmURL = "decussate.wasm";

  const loader = document.getElementById("loader");
  const progress = document.getElementById("progress");
  const bar = document.getElementById("progress-bar");
  const status = document.getElementById("status");

  // The last lines the Go program wrote to stderr: a panic or the error
  // main prints before exiting, shown with the failure.
  let stderrTail = "";
  const stderrLimit = 4000;

  // fail shows a message in place of the progress bar. detail, when given,
  // is shown verbatim below it (an error's text, the program's last words).
  function fail(title, text, detail) {
    loader.hidden = false;
    loader.classList.add("failed");
    document.getElementById("message-title").textContent = title;
    document.getElementById("message-text").textContent = text;
    const pre = document.getElementById("message-detail");
    pre.textContent = detail || "";
    pre.hidden = !detail;
    document.getElementById("message").hidden = false;
    document.title = "Decussate — " + title;
  }

  function setStatus(text) {
    status.textContent = text;
  }

  // setProgress shows a fraction in [0, 1], or a sweeping bar for null
  // (a download whose size is unknown).
  function setProgress(fraction) {
    if (fraction === null) {
      progress.classList.add("indeterminate");
      progress.removeAttribute("aria-valuenow");
      return;
    }
    progress.classList.remove("indeterminate");
    const percent = Math.round(Math.min(Math.max(fraction, 0), 1) * 100);
    bar.style.width = percent + "%";
    progress.setAttribute("aria-valuenow", String(percent));
  }

  function megabytes(n) {
    return (n / 1e6).toFixed(1) + " MB";
  }

  // webglVersion returns 2, 1 or 0: the newest WebGL the browser gives a
  // canvas. The test context is released at once, because browsers allow
  // only a few live ones and the explorer needs its own.
  function webglVersion() {
    const canvas = document.createElement("canvas");
    for (const [name, version] of [["webgl2", 2], ["webgl", 1], ["experimental-webgl", 1]]) {
      let gl = null;
      try {
        gl = canvas.getContext(name);
      } catch (e) {
        gl = null;
      }
      if (gl) {
        const lose = gl.getExtension("WEBGL_lose_context");
        if (lose) {
          lose.loseContext();
        }
        return version;
      }
    }
    return 0;
  }

  // captureStderr keeps the tail of what the Go program writes to stderr.
  // wasm_exec.js sends it to the console through globalThis.fs.writeSync;
  // this wraps that, so the console still gets it too.
  function captureStderr() {
    const fs = globalThis.fs;
    if (!fs || typeof fs.writeSync !== "function") {
      return;
    }
    const write = fs.writeSync.bind(fs);
    const decoder = new TextDecoder("utf-8");
    fs.writeSync = (fd, buf) => {
      if (fd === 2) {
        stderrTail = (stderrTail + decoder.decode(buf, { stream: true })).slice(-stderrLimit);
      }
      return write(fd, buf);
    };
  }

  // downloadSize returns the number of bytes the response's body will yield,
  // or 0 when unknown. A body sent compressed (Content-Encoding) is read
  // decompressed, so its Content-Length, the compressed size, does not
  // count the same bytes; decussate-cli serve then sends the decompressed
  // size in X-Decoded-Length.
  function downloadSize(response) {
    const encoding = (response.headers.get("Content-Encoding") || "identity").trim().toLowerCase();
    const header = encoding === "identity" ? "Content-Length" : "X-Decoded-Length";
    const size = Number(response.headers.get(header));
    return Number.isFinite(size) && size > 0 ? size : 0;
  }

  // withProgress returns a response that yields the same bytes as response
  // and reports each chunk to onProgress(received, total) as it arrives,
  // total being 0 when unknown, and the end to onDone(). It can be
  // compiled while it streams.
  function withProgress(response, onProgress, onDone) {
    const total = downloadSize(response);
    if (!response.body || typeof ReadableStream !== "function") {
      return response;
    }
    const reader = response.body.getReader();
    let received = 0;
    const counted = new ReadableStream({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) {
          onDone();
          controller.close();
          return;
        }
        received += value.byteLength;
        onProgress(received, total);
        controller.enqueue(value);
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    });
    return new Response(counted, { headers: { "Content-Type": "application/wasm" } });
  }

  function showProgress(received, total) {
    if (total > 0) {
      setProgress(received / total);
      setStatus("Downloading the explorer… " + megabytes(Math.min(received, total)) + " of " + megabytes(total));
    } else {
      setProgress(null);
      setStatus("Downloading the explorer… " + megabytes(received));
    }
  }

  // instantiate compiles the module while it downloads where the browser
  // can, and from the whole body otherwise.
  async function instantiate(response, imports) {
    if (typeof WebAssembly.instantiateStreaming === "function") {
      return WebAssembly.instantiateStreaming(response, imports);
    }
    return WebAssembly.instantiate(await response.arrayBuffer(), imports);
  }

  // hideWhenDrawn removes the loader once Ebiten's canvas is in the page
  // and two frames have passed, so that the first frame is drawn under it.
  function hideWhenDrawn(stillRunning) {
    let frames = 0;
    const tick = () => {
      if (!stillRunning()) {
        return;
      }
      if (document.querySelector("body > canvas")) {
        frames++;
      }
      if (frames >= 2) {
        loader.hidden = true;
        return;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }

  async function load() {
    if (typeof WebAssembly !== "object") {
      fail("WebAssembly is not available",
        "Decussate runs as WebAssembly, which this browser does not support or has turned off. " +
        "Please open the page in a current version of Firefox, Chrome, Edge or Safari.");
      return;
    }
    const webgl = webglVersion();
    if (webgl < 2) {
      fail("WebGL 2 is not available",
        (webgl === 1
          ? "This browser offers only WebGL 1, and Decussate draws with WebGL 2. "
          : "This browser cannot draw 3D graphics with WebGL, which Decussate needs. ") +
        "Check that hardware acceleration is turned on in the browser's settings, " +
        "update the browser or the graphics driver, or try another browser.");
      return;
    }
    if (typeof Go !== "function") {
      fail("The page is incomplete",
        "wasm_exec.js, the script that runs Go programs in the page, did not load. " +
        "Rebuild the site with make web and reload.");
      return;
    }

    const go = new Go();
    let exitCode = null;
    go.exit = (code) => {
      exitCode = code;
    };
    captureStderr();

    setStatus("Downloading the explorer…");
    let response;
    try {
      response = await fetch(wasmURL);
    } catch (err) {
      fail("The explorer could not be downloaded",
        "The connection to the server failed. Check that it is still running and reload the page.",
        String(err));
      return;
    }
    if (!response.ok) {
      fail("The explorer could not be downloaded",
        "The server answered " + response.status + " " + response.statusText + " for " + wasmURL +
        ". Rebuild the site with make web and reload the page.");
      return;
    }

    let result;
    try {
      const counted = withProgress(response, showProgress, () => {
        setProgress(1);
        setStatus("Preparing the explorer…");
      });
      result = await instantiate(counted, go.importObject);
    } catch (err) {
      fail("The explorer could not be started",
        "The download was cut short, or the browser could not compile it (it may be short of memory). " +
        "Reload the page to try again.",
        String(err));
      return;
    }

    setProgress(1);
    setStatus("Starting…");
    // make bench's memory soak reads the program's memory here: its size
    // only grows, so it is the program's high-water mark.
    window.decussateMemory = result.instance.exports.mem;
    let running = true;
    go.run(result.instance).then(
      () => {
        running = false;
        if (exitCode === 0) {
          fail("Decussate has stopped", "Reload the page to start it again.");
        } else {
          fail("Decussate stopped with an error",
            "Reload the page to start it again. If it happens again, the text below says what went wrong.",
            stderrTail.trim() || "exit status " + exitCode);
        }
      },
      (err) => {
        running = false;
        fail("Decussate stopped with an error", "Reload the page to start it again.",
          (stderrTail.trim() + "\n" + String(err)).trim());
      });
    hideWhenDrawn(() => running);
  }

  load().catch((err) => {
    fail("Decussate could not be loaded", "Something unexpected went wrong. Reload the page to try again.", String(err));
  });
})();
