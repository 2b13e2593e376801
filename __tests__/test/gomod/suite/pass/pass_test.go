package pass

import (
	"testing"
	"time"
)

func TestAdd(t *testing.T) {
	if Add(1, 2) != 3 {
		t.Fatal("Add(1, 2) != 3")
	}
}

func TestSlow(t *testing.T) { time.Sleep(300 * time.Millisecond) }

func TestSkipped(t *testing.T) { t.Skip("needs a database") }

func TestTable(t *testing.T) {
	for _, n := range []int{1, 2} {
		t.Run("n", func(t *testing.T) {
			if Add(n, 0) != n {
				t.Error("identity")
			}
		})
	}
}
