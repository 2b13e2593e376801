package atomicx

import "testing"

func TestAdd(t *testing.T) {
	var s Stats
	if got := s.Add(2); got != 2 {
		t.Fatalf("Add = %d, want 2", got)
	}
}
