// Package server assembles Heskem's HTTP server: the routes of the web
// pages and the API, health and readiness probes, Prometheus metrics, and
// the middleware every request passes through (request IDs, panics caught,
// body limits, access logs, metrics, cross-origin protection). Run serves
// until its context ends and then shuts down gracefully: it stops accepting,
// lets in-flight requests finish, and only then returns so the caller can
// close the database.
package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/heskem/heskem/internal/config"
	"github.com/heskem/heskem/internal/heskem"
)

// Registrar is a part of the application that adds routes (web pages, API).
type Registrar interface{ Register(mux *http.ServeMux) }

// Server is the HTTP server.
type Server struct {
	cfg      config.Config
	log      *slog.Logger
	store    heskem.Store
	handler  http.Handler
	registry *prometheus.Registry
	metrics  *metrics
	draining atomic.Bool // set at shutdown: /readyz then fails so load balancers stop sending
}

// New builds the server. Parts add their routes to one mux; the server adds
// /healthz, /readyz and /metrics and wraps everything in middleware.
func New(cfg config.Config, log *slog.Logger, st heskem.Store, parts ...Registrar) *Server {
	s := &Server{cfg: cfg, log: log, store: st, registry: prometheus.NewRegistry()}
	s.registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	s.metrics = newMetrics(s.registry)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.HandleFunc("GET /readyz", s.readyz)
	mux.Handle("GET /metrics", promhttp.HandlerFor(s.registry, promhttp.HandlerOpts{Registry: s.registry}))
	for _, p := range parts {
		p.Register(mux)
	}
	s.handler = s.middleware(mux)
	return s
}

// Handler returns the server's root handler (for tests with httptest).
func (s *Server) Handler() http.Handler { return s.handler }

// Registry returns the metrics registry, so other parts can add metrics.
func (s *Server) Registry() *prometheus.Registry { return s.registry }

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintln(w, "ok")
}

// readyz reports whether this instance should get traffic: the database
// answers and the server is not shutting down.
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if s.draining.Load() {
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprintln(w, "shutting down")
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := s.store.Ping(ctx); err != nil {
		s.log.WarnContext(ctx, "readiness check failed", "err", err)
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprintln(w, "database unavailable")
		return
	}
	fmt.Fprintf(w, "ready (%s)\n", s.store.Engine())
}

// Run serves on ln until ctx is done, then shuts down gracefully within the
// configured timeout. It returns nil after a clean shutdown.
func (s *Server) Run(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       s.cfg.ReadTimeout,
		WriteTimeout:      s.cfg.WriteTimeout,
		IdleTimeout:       s.cfg.IdleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	s.draining.Store(true)
	s.log.Info("shutting down: finishing in-flight requests", "timeout", s.cfg.ShutdownTimeout)
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
