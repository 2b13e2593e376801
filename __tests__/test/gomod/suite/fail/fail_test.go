package fail

import "testing"

func TestErrorf(t *testing.T) {
	t.Log("a log line before the failure")
	t.Errorf("got %d, want %d", 4, 5)
}

func TestSub(t *testing.T) {
	t.Run("ok", func(t *testing.T) {})
	t.Run("bad", func(t *testing.T) {
		t.Fatal("sub-test failed")
	})
}

func TestHelper(t *testing.T) {
	check(t, false)
}

func check(t *testing.T, ok bool) {
	t.Helper()
	if !ok {
		t.Error("check failed at the caller")
	}
}
