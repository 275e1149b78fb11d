//go:build !js

package browser

import "testing"

// TestResourceName: a resource's name is its path's last element, "" for
// the site's root, whatever the query.
func TestResourceName(t *testing.T) {
	for _, c := range []struct{ url, want string }{
		{"http://127.0.0.1:8080/", ""},
		{"http://127.0.0.1:8080", ""},
		{"http://127.0.0.1:8080/#mode=lesion", ""},
		{"http://127.0.0.1:8080/decussate.wasm", "decussate.wasm"},
		{"http://127.0.0.1:8080/loader.js?v=2", "loader.js"},
		{"http://127.0.0.1:8080/data/meshes.bin", "meshes.bin"},
	} {
		if got := (Resource{URL: c.url}).Name(); got != c.want {
			t.Errorf("Resource{%q}.Name() = %q, want %q", c.url, got, c.want)
		}
	}
}
