// run: go run 102.go
package main

import (
	"net/http"
	"time"
)

func main() {
	http.HandleFunc("/projects/", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusProcessing) // interim: the copy has started
		time.Sleep(time.Second)              // stands in for the long copy
		w.WriteHeader(http.StatusCreated)
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
