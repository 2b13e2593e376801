package crash

import (
	"os"
	"syscall"
	"testing"
)

// TestKilled ends the test binary by a signal, as a crash under an emulator does.
func TestKilled(t *testing.T) {
	syscall.Kill(os.Getpid(), syscall.SIGKILL)
}
