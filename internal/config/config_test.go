package config

import (
	"strings"
	"testing"
	"time"
)

func TestApplyEnv(t *testing.T) {
	env := map[string]string{"HESKEM_ADDR": ":9090", "HESKEM_DB": "postgres://u:secret@db:5432/h", "HESKEM_DEMO": "true",
		"HESKEM_SHUTDOWN_TIMEOUT": "5s", "HESKEM_MAX_BODY": "2048"}
	c := Default()
	if err := c.ApplyEnv(func(k string) string { return env[k] }); err != nil {
		t.Fatal(err)
	}
	if c.Addr != ":9090" || c.Engine() != "postgres" || !c.Demo || c.ShutdownTimeout != 5*time.Second || c.MaxBodyBytes != 2048 {
		t.Errorf("config = %+v", c)
	}
	if err := c.Validate(); err != nil {
		t.Errorf("valid config rejected: %v", err)
	}
	for _, a := range c.LogAttrs() {
		if s, ok := a.(string); ok && strings.Contains(s, "secret") {
			t.Errorf("log attributes leak the password: %v", c.LogAttrs())
		}
	}
}

func TestApplyEnvNamesTheBadVariable(t *testing.T) {
	c := Default()
	err := c.ApplyEnv(func(k string) string {
		if k == "HESKEM_DEMO" {
			return "maybe"
		}
		return ""
	})
	if err == nil || !strings.Contains(err.Error(), "HESKEM_DEMO") {
		t.Fatalf("err = %v, want it to name HESKEM_DEMO", err)
	}
}

func TestValidate(t *testing.T) {
	for _, tc := range []struct {
		mod  func(*Config)
		want string
	}{
		{func(c *Config) { c.Addr = "8080" }, "--addr"},
		{func(c *Config) { c.DB = "mysql://u:pw@x/y" }, "postgres:// URL"},
		{func(c *Config) { c.LogFormat = "xml" }, "--log-format"},
		{func(c *Config) { c.LogLevel = "loud" }, "--log-level"},
		{func(c *Config) { c.Lang = "fr" }, "--lang"},
		{func(c *Config) { c.ShutdownTimeout = 0 }, "--shutdown-timeout"},
		{func(c *Config) { c.DataDir = " " }, "--data"},
	} {
		c := Default()
		tc.mod(&c)
		err := c.Validate()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Validate() = %v, want mention of %q", err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), ":pw@") {
			t.Errorf("error leaks a password: %v", err)
		}
	}
}
