// run: go run 302.go
package main

import (
	"net/http"
	"net/url"
)

func main() {
	http.HandleFunc("/account/settings", func(w http.ResponseWriter, r *http.Request) {
		// no session cookie: send the browser to the login page
		w.Header().Set("Cache-Control", "no-store")
		http.Redirect(w, r, "/login?next="+url.QueryEscape(r.URL.Path), http.StatusFound)
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
