package endian

import "unsafe"

// Uint32 reads b in the machine's byte order: only right on little-endian.
func Uint32(b []byte) uint32 { return *(*uint32)(unsafe.Pointer(&b[0])) }
