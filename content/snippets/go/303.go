// run: go run 303.go
package main

import "net/http"

func main() {
	http.HandleFunc("/orders", func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm() // store the order from r.PostForm, then point at it
		http.Redirect(w, r, "/orders/1042", http.StatusSeeOther)
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
