package main

import "io"

func runLesion(args []string, stdout, stderr io.Writer) int { return 1 }
func runSites(args []string, stdout, stderr io.Writer) int  { return 1 }
