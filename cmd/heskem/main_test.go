package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// binary is the heskem binary built once for the tests that run it as a
// separate process (kill -9, signals, the printed address).
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "heskem-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "heskem")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build heskem: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// runCLI runs the command in-process and returns exit code, stdout, stderr.
func runCLI(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &out, &errb, func(k string) string { return env[k] })
	return code, out.String(), errb.String()
}

// proc is a heskem server running as a child process.
type proc struct {
	cmd    *exec.Cmd
	url    string
	stderr *bytes.Buffer
	mu     *sync.Mutex
}

// startServer runs `heskem serve` on a free port and waits for the address
// it prints.
func startServer(t *testing.T, args ...string) *proc {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	cmd.Env = append(os.Environ(), "HESKEM_DB=", "HESKEM_DATA=")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	p := &proc{cmd: cmd, stderr: &bytes.Buffer{}, mu: &sync.Mutex{}}
	cmd.Stderr = lockedWriter{p.mu, p.stderr}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	lines := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if i := strings.Index(sc.Text(), "http://"); i >= 0 {
				lines <- strings.Fields(sc.Text()[i:])[0]
			}
		}
	}()
	select {
	case p.url = <-lines:
	case <-time.After(30 * time.Second):
		p.mu.Lock()
		defer p.mu.Unlock()
		t.Fatalf("server did not print its address in 30s; stderr:\n%s", p.stderr)
	}
	return p
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

func (p *proc) get(t *testing.T, path string) (int, string) {
	t.Helper()
	resp, err := http.Get(p.url + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestServeDemo is the README's run command: a fresh data directory, the
// demo, /healthz and the Hebrew agreements list, then a clean SIGTERM.
func TestServeDemo(t *testing.T) {
	p := startServer(t, "--demo", "--data", t.TempDir())
	if code, _ := p.get(t, "/healthz"); code != 200 {
		t.Fatalf("/healthz = %d", code)
	}
	code, body := p.get(t, "/agreements")
	if code != 200 || !strings.Contains(body, `dir="rtl"`) || !strings.Contains(body, "הסכם לפיתוח מערכת הזמנות מקוונת") {
		t.Fatalf("/agreements = %d\n%.800s", code, body)
	}
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := p.cmd.Wait(); err != nil {
		t.Fatalf("exit after SIGTERM: %v", err)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if !strings.Contains(p.stderr.String(), "database closed") {
		t.Errorf("shutdown did not close the database:\n%s", p.stderr)
	}
}

// TestKill9LosesNoAcknowledgedWrite writes concurrently, kills the server
// with SIGKILL mid-stream, restarts it and checks every write that got a
// 201 is there.
func TestKill9LosesNoAcknowledgedWrite(t *testing.T) {
	data := t.TempDir()
	p := startServer(t, "--demo", "--data", data)
	type ack struct {
		ID    int64  `json:"id"`
		Title string `json:"title"`
	}
	var (
		mu    sync.Mutex
		acked []ack
		n     atomic.Int64
	)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	client := &http.Client{Timeout: 5 * time.Second}
	for w := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				title := fmt.Sprintf("writer %d agreement %d", w, i)
				body := fmt.Sprintf(`{"title":%q,"language":"he","supplier_id":1,"client_id":2}`, title)
				resp, err := client.Post(p.url+"/api/v1/agreements", "application/json", strings.NewReader(body))
				if err != nil {
					return // the server is gone
				}
				var a ack
				ok := resp.StatusCode == http.StatusCreated && json.NewDecoder(resp.Body).Decode(&a) == nil
				resp.Body.Close()
				if ok {
					mu.Lock()
					acked = append(acked, a)
					mu.Unlock()
					n.Add(1)
				}
			}
		}()
	}
	deadline := time.Now().Add(20 * time.Second)
	for n.Load() < 150 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = p.cmd.Wait()
	close(stop)
	wg.Wait()
	if len(acked) < 150 {
		t.Fatalf("only %d writes acknowledged before the kill", len(acked))
	}

	q := startServer(t, "--data", data)
	code, body := q.get(t, "/api/v1/agreements?limit=1000")
	if code != 200 {
		t.Fatalf("list after restart = %d", code)
	}
	var list struct {
		Agreements []ack `json:"agreements"`
		Total      int   `json:"total"`
	}
	if err := json.Unmarshal([]byte(body), &list); err != nil {
		t.Fatal(err)
	}
	stored := map[int64]string{}
	for _, a := range list.Agreements {
		stored[a.ID] = a.Title
	}
	for _, a := range acked {
		if stored[a.ID] != a.Title {
			t.Errorf("acknowledged agreement %d %q lost after kill -9 (stored: %q)", a.ID, a.Title, stored[a.ID])
		}
	}
	t.Logf("%d acknowledged writes, %d stored after kill -9 and restart", len(acked), list.Total-2)
}

func TestBadConfiguration(t *testing.T) {
	file := filepath.Join(t.TempDir(), "not-a-dir")
	os.WriteFile(file, []byte("x"), 0o600)
	for _, tc := range []struct {
		name string
		env  map[string]string
		args []string
		want string
	}{
		{"data dir is a file", nil, []string{"serve", "--data", file}, "is a file, not a directory"},
		{"not a postgres url", nil, []string{"serve", "--db", "mysql://u:pw@h/db"}, "postgres:// URL"},
		{"malformed postgres url", nil, []string{"serve", "--db", "postgres://u:pw@h:port/db"}, "not a valid PostgreSQL URL"},
		{"unreachable postgres", nil, []string{"serve", "--db", "postgres://u:pw@127.0.0.1:1/db?connect_timeout=2"}, "cannot connect to PostgreSQL"},
		{"bad env", map[string]string{"HESKEM_DEMO": "maybe"}, []string{"serve"}, "HESKEM_DEMO"},
		{"bad addr", nil, []string{"serve", "--addr", "8080"}, "--addr"},
		{"unknown flag", nil, []string{"serve", "--colour"}, "unknown flag"},
		{"unknown command", nil, []string{"frobnicate"}, "unknown command"},
		{"backup without out", nil, []string{"backup", "--data", t.TempDir()}, "--out"},
		{"backup on postgres", nil, []string{"backup", "--db", "postgres://u:pw@h/db", "--out", "x"}, "pg_dump"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, tc.env, tc.args...)
			if code != exitBadInput {
				t.Errorf("exit code = %d, want %d; stderr: %s", code, exitBadInput, stderr)
			}
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr = %q, want it to say %q", stderr, tc.want)
			}
			if strings.Contains(stderr, ":pw@") {
				t.Errorf("stderr leaks a password: %s", stderr)
			}
		})
	}
}

func TestMigrateBackupRestore(t *testing.T) {
	data := t.TempDir()
	code, out, stderr := runCLI(t, nil, "migrate", "--data", data)
	if code != 0 || !strings.Contains(out, "applied 00001") || !strings.Contains(out, "applied 00002") {
		t.Fatalf("migrate = %d %q %q", code, out, stderr)
	}
	if code, out, _ := runCLI(t, nil, "migrate", "--data", data); code != 0 || !strings.Contains(out, "up to date") {
		t.Fatalf("second migrate = %d %q", code, out)
	}
	// Put data in through a running server, back it up while it runs.
	p := startServer(t, "--demo", "--data", data)
	backup := filepath.Join(t.TempDir(), "b.db")
	if code, out, stderr := runCLI(t, nil, "backup", "--data", data, "--out", backup); code != 0 || !strings.Contains(out, "integrity check ok") {
		t.Fatalf("backup = %d %q %q", code, out, stderr)
	}
	p.cmd.Process.Signal(syscall.SIGTERM)
	p.cmd.Wait()

	// Restore into a new directory, and refuse to overwrite without --force.
	target := t.TempDir()
	if code, _, stderr := runCLI(t, nil, "restore", "--data", target, "--from", backup); code != 0 {
		t.Fatalf("restore = %d %s", code, stderr)
	}
	if code, _, stderr := runCLI(t, nil, "restore", "--data", target, "--from", backup); code != exitBadInput || !strings.Contains(stderr, "--force") {
		t.Fatalf("restore over existing = %d %s", code, stderr)
	}
	junk := filepath.Join(t.TempDir(), "junk.db")
	os.WriteFile(junk, bytes.Repeat([]byte("not sqlite "), 100), 0o600)
	if code, _, stderr := runCLI(t, nil, "restore", "--data", target, "--from", junk, "--force"); code != exitBadInput || !strings.Contains(stderr, "junk.db") {
		t.Fatalf("restore from junk = %d %s", code, stderr)
	}
	q := startServer(t, "--data", target)
	if _, body := q.get(t, "/agreements"); !strings.Contains(body, "Managed Cloud Support Agreement") {
		t.Errorf("restored workspace lacks the demo agreements")
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runCLI(t, nil, "version")
	if code != 0 || !strings.HasPrefix(out, "heskem ") || !strings.Contains(out, "go1.") {
		t.Errorf("version = %d %q", code, out)
	}
}
