package main

import "runtime/debug"

// pageMemoryLimit is the Go heap's soft limit in the page. The explorer
// holds about 16 MiB live (make bench's memory soak), but a WebAssembly
// memory never shrinks: it keeps the largest the heap ever reached between
// two collections, and that high-water mark creeps up over a class's hour
// as garbage piles up between collections. Near the limit the collector
// runs sooner instead, so the page's memory stays under it for as long as
// the page runs.
const pageMemoryLimit = 48 << 20

func init() { debug.SetMemoryLimit(pageMemoryLimit) }
