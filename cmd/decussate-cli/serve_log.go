package main

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// The kinds of event the server logs. Each kind is rate-limited on its own,
// so that a flood of one (a thousand refused connections) cannot hide the
// first of another (an unreadable file).
const (
	eventConnLimit = "connection limit"
	eventBody      = "request body"
	eventFile      = "unreadable file"
	eventServer    = "server"
)

// defaultLogEvery is how often a kind of event may write a line: a
// client that sends a thousand bad requests a second costs the log one
// line every ten seconds, with the count of the others.
const defaultLogEvery = 10 * time.Second

// eventLog writes the server's refusals and failures, one line each, at
// most one line per kind of event per interval; the events held back are
// counted and the count is written with the next line of their kind. The
// kinds are a fixed set, not one per client, so the log's memory is
// bounded whatever the clients do.
type eventLog struct {
	mu    sync.Mutex
	w     io.Writer
	every time.Duration
	now   func() time.Time
	kinds map[string]*eventKind
}

// eventKind is the state of one kind of event: when it last wrote a line
// and how many events have been held back since.
type eventKind struct {
	last     time.Time
	withheld int
}

// newEventLog returns a log writing to w at most one line per kind every
// interval, reading the time from now.
func newEventLog(w io.Writer, every time.Duration, now func() time.Time) *eventLog {
	return &eventLog{w: w, every: every, now: now, kinds: map[string]*eventKind{}}
}

// Printf logs one event of kind, unless a line of that kind was written
// less than the interval ago, in which case it is only counted. A nil log
// discards everything.
func (l *eventLog) Printf(kind, format string, args ...any) {
	if l == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	t := l.now()
	k := l.kinds[kind]
	if k == nil {
		k = &eventKind{}
		l.kinds[kind] = k
	} else if t.Sub(k.last) < l.every {
		k.withheld++
		return
	}
	// One line, whatever the arguments held: a client's bytes never reach
	// the terminal as control characters (they are quoted by the callers)
	// and never as a second line.
	msg := strings.ReplaceAll(fmt.Sprintf(format, args...), "\n", " ")
	if k.withheld > 0 {
		msg += fmt.Sprintf(" (and %d more like it since %s)", k.withheld, k.last.Format("15:04:05"))
	}
	fmt.Fprintf(l.w, "%s decussate-cli serve: %s\n", t.Format("2006-01-02 15:04:05"), msg)
	k.last, k.withheld = t, 0
}

// Flush writes, for each kind with events held back, how many, so that
// the last of a flood is counted when the server stops.
func (l *eventLog) Flush() {
	if l == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	t := l.now()
	for kind, k := range l.kinds {
		if k.withheld > 0 {
			fmt.Fprintf(l.w, "%s decussate-cli serve: %d more %s events since %s\n", t.Format("2006-01-02 15:04:05"), k.withheld, kind, k.last.Format("15:04:05"))
			k.withheld = 0
		}
	}
}

// serverLogWriter turns the lines net/http logs itself (accept errors, a
// handler's panic) into rate-limited events, for http.Server.ErrorLog.
type serverLogWriter struct{ log *eventLog }

// Write logs p as one server event.
func (w serverLogWriter) Write(p []byte) (int, error) {
	w.log.Printf(eventServer, "%s", strings.TrimRight(string(p), "\n"))
	return len(p), nil
}
