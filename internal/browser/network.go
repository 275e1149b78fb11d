//go:build !js

package browser

import (
	"context"
	"fmt"
	"net/url"
	"path"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// OnNewDocument has the browser run script in every document the tab
// opens from now on, before the document's own scripts: a script that
// watches the page from its first moment (its loader, its first frame)
// misses nothing, where one run after the navigation would.
func OnNewDocument(ctx context.Context, script string) error {
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: script}); err != nil {
		return fmt.Errorf("adding a script to every new document: %w", err)
	}
	return nil
}

// Throttle makes the tab's connection a slow one, as DevTools' network
// throttling does: every response waits latency milliseconds for its
// headers, and bodies arrive at most bytesPerSecond together. It holds for
// every request, the loopback server's included.
func Throttle(ctx context.Context, bytesPerSecond, latencyMS float64) error {
	if bytesPerSecond <= 0 || latencyMS < 0 {
		return fmt.Errorf("throttling: %.0f B/s and %.0f ms latency, want a positive rate and a latency ≥ 0", bytesPerSecond, latencyMS)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		return fmt.Errorf("throttling: enabling the network domain: %w", err)
	}
	conditions := network.EmulateNetworkConditionsByRuleParams{
		MatchedNetworkConditions: []*network.Conditions{{
			// An empty pattern matches every request.
			Latency:            latencyMS,
			DownloadThroughput: bytesPerSecond,
			UploadThroughput:   -1,
		}},
	}
	if _, err := chromedp.Call(ctx, network.EmulateNetworkConditionsByRule, conditions); err != nil {
		return fmt.Errorf("throttling to %.0f B/s: %w", bytesPerSecond, err)
	}
	return nil
}

// Resource is one response the page received, from its Resource Timing
// entries (the document's own among them).
type Resource struct {
	// URL is the address asked for.
	URL string `json:"url"`
	// Encoded is the body's size as sent (compressed, when it was) and
	// Decoded its size once decoded, in bytes.
	Encoded float64 `json:"encoded"`
	Decoded float64 `json:"decoded"`
	// End is when the last byte arrived, in milliseconds of the page's
	// clock (performance.now(), from the navigation's start).
	End float64 `json:"end"`
}

// Name returns the last element of the resource's path: the file's name
// in a flat site, "" for the site's root.
func (r Resource) Name() string {
	u, err := url.Parse(r.URL)
	if err != nil || u.Path == "" || u.Path == "/" {
		return ""
	}
	return path.Base(u.Path)
}

// resourcesScript lists the document's and its resources' timing entries.
const resourcesScript = `performance.getEntriesByType("navigation").concat(performance.getEntriesByType("resource")).map((e) => ({
	url: e.name, encoded: e.encodedBodySize, decoded: e.decodedBodySize, end: e.responseEnd,
}))`

// Resources returns every response the page has received so far: the
// document and each file it fetched, in the order they were asked for.
func Resources(ctx context.Context) ([]Resource, error) {
	rs, err := chromedp.Run(ctx, chromedp.Evaluate[[]Resource](resourcesScript))
	if err != nil {
		return nil, fmt.Errorf("reading the page's resource timings: %w", err)
	}
	return rs, nil
}
