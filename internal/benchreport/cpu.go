//go:build !js

package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// processCPU is the CPU time, in milliseconds, that a browser's processes
// have used, by kind: the GPU process (which draws WebGL, in software with
// SwiftShader on a machine without a GPU) and the renderer (the page's
// JavaScript and WebAssembly). On a shared machine the frame rate follows
// the load of everything else running; the CPU time a frame costs does
// much less, so the two side by side tell a page's cost from the noise.
type processCPU struct {
	gpu, renderer float64
}

// clockTicks is the unit of /proc's CPU times (USER_HZ), 100 a second on
// Linux.
const clockTicks = 100

// browserCPU returns the CPU time used so far by the browser started with
// profile as its profile directory and by all its child processes, and
// false where /proc cannot tell (not Linux).
func browserCPU(profile string) (processCPU, bool) {
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return processCPU{}, false
	}
	type proc struct {
		parent int
		ms     float64
		kind   string
	}
	procs := map[int]proc{}
	root := -1
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		stat, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		// The fields after the command's name, which may hold spaces
		// and parentheses: state, parent, …, utime (14th), stime.
		s := string(stat)
		f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
		if len(f) < 13 {
			continue
		}
		parent, _ := strconv.Atoi(f[1])
		user, _ := strconv.ParseFloat(f[11], 64)
		system, _ := strconv.ParseFloat(f[12], 64)
		// Chromium rewrites its command line as one string of
		// space-separated arguments (its process title); others keep
		// them NUL-separated.
		cmd, _ := os.ReadFile("/proc/" + e.Name() + "/cmdline")
		args := strings.FieldsFunc(string(cmd), func(r rune) bool { return r == 0 || r == ' ' })
		kind := "browser"
		for _, a := range args {
			if k, ok := strings.CutPrefix(a, "--type="); ok {
				kind = k
			}
			if kind == "browser" && a == "--user-data-dir="+profile {
				root = pid
			}
		}
		procs[pid] = proc{parent: parent, ms: (user + system) * 1000 / clockTicks, kind: kind}
	}
	if root < 0 {
		return processCPU{}, false
	}

	var c processCPU
	for pid, p := range procs {
		// Count p if root is among its ancestors.
		for x := pid; x > 1; x = procs[x].parent {
			if x == root {
				switch p.kind {
				case "gpu-process":
					c.gpu += p.ms
				case "renderer":
					c.renderer += p.ms
				}
				break
			}
			if _, ok := procs[x]; !ok {
				break
			}
		}
	}
	return c, true
}

// perFrame formats the CPU time used between before and after per frame,
// or "" when it could not be read.
func perFrame(before, after processCPU, ok bool, frames int) string {
	if !ok || frames <= 0 {
		return ""
	}
	n := float64(frames)
	return fmt.Sprintf("; CPU per frame: GPU process %.1f ms, renderer %.1f ms", (after.gpu-before.gpu)/n, (after.renderer-before.renderer)/n)
}
