// run: go run 103.go
package main

import "net/http"

func main() {
	http.HandleFunc("/dashboard", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Add("Link", "</assets/app.css>; rel=preload; as=style")
		w.Header().Add("Link", "</assets/app.js>; rel=preload; as=script")
		w.WriteHeader(http.StatusEarlyHints) // sent at once; the headers stay for the final response
		// the browser fetches the hinted files while the page is still being built
		w.Header().Set("Cache-Control", "private, no-cache")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte("<!doctype html><title>Dashboard</title>"))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
