// run: go run 407.go
package main

import "net/http"

func main() {
	// CONNECT carries no path, so the handler is the server's own, not a ServeMux route
	proxy := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Proxy-Authorization") == "" {
			w.Header().Set("Proxy-Authenticate", `Basic realm="Corporate proxy"`)
			http.Error(w, "Log in to the proxy to reach the Internet.", http.StatusProxyAuthRequired)
			return
		}
		http.Error(w, "tunnelling is not part of this example", http.StatusNotImplemented)
	})
	http.ListenAndServe("127.0.0.1:8000", proxy)
}
