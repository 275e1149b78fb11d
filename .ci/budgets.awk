# budgets.awk reads `go test -bench` output and prints, for each speed
# budget of the issues, the worst figure measured against it and its share
# of the budget. A share above 1 is over budget; the exit status stays 0,
# since a shared machine's noise is no reason to fail a build.
/^Benchmark/ {
	name = $1; sub(/-[0-9]+$/, "", name)
	for (i = 2; i < NF; i++) if ($(i+1) == "ns/op") ns = $i
	if (name ~ /^BenchmarkEvaluate\//) { if (ns > evalWorst) { evalWorst = ns; evalName = name } }
	if (name == "BenchmarkLoadAtlas") load = ns
}
END {
	print ""
	print "Budgets (worst case in this run):"
	if (evalWorst) printf "  evaluate a lesion   %8.1f µs of 100 µs  (%.2f of budget; %s)\n", evalWorst/1000, evalWorst/100000, evalName
	if (load)      printf "  load + check atlas  %8.2f ms of  20 ms  (%.2f of budget)\n", load/1e6, load/2e7
}
