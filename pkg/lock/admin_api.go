package lock

import "net/http"

func (h *Handler) adminMux() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /static/", staticHandler())
	return mux
}
