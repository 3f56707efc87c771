// run: go run 426.go
package main

import "net/http"

func main() {
	http.HandleFunc("/live/scores", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Upgrade", "websocket")
		w.Header().Set("Connection", "Upgrade")
		w.WriteHeader(http.StatusUpgradeRequired)
		w.Write([]byte(`This endpoint speaks WebSocket only.`))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
