package postgres

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// startCluster starts a throwaway PostgreSQL cluster on loopback from the
// installed server binaries (Debian's /usr/lib/postgresql/N/bin, or pg_ctl
// on PATH), the way .ci/setup.d/postgres.sh does, and returns its DSN and a
// function that stops it and removes its files.
func startCluster() (dsn string, stop func(), err error) {
	bin, err := pgBinDir()
	if err != nil {
		return "", nil, err
	}
	dir, err := os.MkdirTemp("", "sitrep-pgtest-")
	if err != nil {
		return "", nil, err
	}
	// The server refuses to run as root: as root, run it as postgres.
	var runAs *user.User
	if os.Geteuid() == 0 {
		if runAs, err = user.Lookup("postgres"); err != nil {
			os.RemoveAll(dir)
			return "", nil, fmt.Errorf("running as root and no postgres user to run the server as: %w", err)
		}
		uid, _ := strconv.Atoi(runAs.Uid)
		os.Chmod(dir, 0o755)
		if err := os.Chown(dir, uid, -1); err != nil {
			os.RemoveAll(dir)
			return "", nil, err
		}
	}
	run := func(args ...string) error {
		name := filepath.Join(bin, args[0])
		var cmd *exec.Cmd
		if runAs != nil {
			cmd = exec.Command("su", "postgres", "-s", "/bin/sh", "-c", shellJoin(append([]string{name}, args[1:]...)))
		} else {
			cmd = exec.Command(name, args[1:]...)
		}
		cmd.Dir = "/" // the postgres user may not reach the working directory
		out, err := cmd.CombinedOutput()
		if err != nil {
			return fmt.Errorf("%s: %w: %s", args[0], err, strings.TrimSpace(string(out)))
		}
		return nil
	}
	data := filepath.Join(dir, "data")
	if err := run("initdb", "-D", data, "-U", "sitrep", "--auth=trust", "-E", "UTF8", "--no-sync"); err != nil {
		os.RemoveAll(dir)
		return "", nil, err
	}
	port, err := freePort()
	if err != nil {
		os.RemoveAll(dir)
		return "", nil, err
	}
	opts := fmt.Sprintf("-k %s -h 127.0.0.1 -p %d -c fsync=off -c synchronous_commit=off -c max_connections=200", dir, port)
	if err := run("pg_ctl", "-D", data, "-l", filepath.Join(dir, "server.log"), "-w", "-t", "60", "-o", opts, "start"); err != nil {
		os.RemoveAll(dir)
		return "", nil, err
	}
	stop = func() {
		run("pg_ctl", "-D", data, "-m", "immediate", "-w", "stop")
		os.RemoveAll(dir)
	}
	if err := run("createdb", "-h", "127.0.0.1", "-p", strconv.Itoa(port), "-U", "sitrep", "sitrep"); err != nil {
		stop()
		return "", nil, err
	}
	return fmt.Sprintf("postgres://sitrep@127.0.0.1:%d/sitrep?sslmode=disable", port), stop, nil
}

func pgBinDir() (string, error) {
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	slices.SortFunc(dirs, func(a, b string) int {
		va, _ := strconv.Atoi(filepath.Base(filepath.Dir(a)))
		vb, _ := strconv.Atoi(filepath.Base(filepath.Dir(b)))
		return vb - va
	})
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d, nil
		}
	}
	if p, err := exec.LookPath("pg_ctl"); err == nil {
		if _, err := os.Stat(filepath.Join(filepath.Dir(p), "initdb")); err == nil {
			return filepath.Dir(p), nil
		}
	}
	return "", errors.New("no PostgreSQL server binaries (initdb, pg_ctl) installed")
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func shellJoin(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return strings.Join(q, " ")
}
