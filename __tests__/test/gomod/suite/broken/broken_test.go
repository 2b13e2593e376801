package broken

import "testing"

func TestValue(t *testing.T) { _ = Value() }
