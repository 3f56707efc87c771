// Driver for Go's net/http client (standard library only). One process runs every scenario.
// Usage: go run main.go PLAN.json
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"runtime"
	"strings"
	"time"
)

type call struct {
	Method   string      `json:"method"`
	URL      string      `json:"url"`
	Headers  [][2]string `json:"headers"`
	Body     *string     `json:"body"`
	BodySize int         `json:"body_size"`
	Auth     []string    `json:"auth"`
	Delay    float64     `json:"delay"`
}

type scenario struct {
	ID      string  `json:"id"`
	Timeout float64 `json:"timeout"`
	Calls   []call  `json:"calls"`
}

type result map[string]any

// fields: the header fields the client gave its caller, [name, value] pairs (one per value), at
// most 30. resp.Header is a map: the harness sorts the pairs by name.
func fields(header http.Header) [][2]string {
	pairs := [][2]string{}
	for name, values := range header {
		for _, value := range values {
			if len(pairs) < 30 {
				if len(value) > 200 {
					value = value[:200]
				}
				pairs = append(pairs, [2]string{strings.ToLower(name), value})
			}
		}
	}
	return pairs
}

func do(client *http.Client, c call) result {
	var body io.Reader
	if c.BodySize > 0 {
		body = bytes.NewReader(bytes.Repeat([]byte("x"), c.BodySize))
	} else if c.Body != nil {
		body = strings.NewReader(*c.Body)
	}
	req, err := http.NewRequest(c.Method, c.URL, body)
	if err != nil {
		return result{"error": fmt.Sprintf("%T: %v", err, err)}
	}
	for _, h := range c.Headers {
		req.Header.Set(h[0], h[1])
	}
	if len(c.Auth) == 2 {
		req.SetBasicAuth(c.Auth[0], c.Auth[1])
	}
	resp, err := client.Do(req)
	if err != nil {
		return result{"error": fmt.Sprintf("%T: %v", err, err)}
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if len(data) > 64 {
		data = data[:64]
	}
	reason := strings.TrimSpace(strings.TrimPrefix(resp.Status, fmt.Sprint(resp.StatusCode)))
	r := result{"status": resp.StatusCode, "reason": reason, "body": string(data), "headers": fields(resp.Header)}
	if err != nil {
		r["error"] = fmt.Sprintf("%T: %v", err, err)
	}
	return r
}

func main() {
	raw, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	var plan struct {
		Scenarios []scenario `json:"scenarios"`
	}
	if err := json.Unmarshal(raw, &plan); err != nil {
		panic(err)
	}
	out := json.NewEncoder(os.Stdout)
	out.Encode(map[string]string{"version": "Go " + runtime.Version() + " net/http"})
	for _, s := range plan.Scenarios {
		transport := &http.Transport{Proxy: nil}
		client := &http.Client{Transport: transport, Timeout: time.Duration(s.Timeout * float64(time.Second))}
		results := []result{}
		for _, c := range s.Calls {
			time.Sleep(time.Duration(c.Delay * float64(time.Second)))
			results = append(results, do(client, c))
		}
		transport.CloseIdleConnections()
		out.Encode(map[string]any{"id": s.ID, "calls": results})
	}
}
