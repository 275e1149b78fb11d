package main

// parseOptions returns the defaults: the browser has no command line, and
// leaving the flag package out keeps it out of the page's download.
func parseOptions() options { return options{} }
