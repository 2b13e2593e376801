package atomicx

import "sync/atomic"

// Stats puts an int64 after a bool: at offset 4 on 32-bit targets.
type Stats struct {
	open  bool
	total int64
}

func (s *Stats) Add(n int64) int64 { return atomic.AddInt64(&s.total, n) }
