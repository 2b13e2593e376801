package endian

import "testing"

func TestUint32(t *testing.T) {
	b := []byte{1, 0, 0, 0}
	if got := Uint32(b); got != 1 {
		t.Errorf("Uint32(%v) = %#x, want 1", b, got)
	}
}
