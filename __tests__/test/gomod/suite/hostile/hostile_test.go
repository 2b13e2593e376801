package hostile

import (
	"fmt"
	"testing"
)

func TestHostile(t *testing.T) {
	fmt.Println("::error file=x.go,line=1::forged")
	fmt.Println("::add-mask::secret")
	fmt.Print("line\r::warning::after a CR\n")
	t.Error("<img src=x onerror=alert(1)> ``` ::error::in the message | pipe ##[error]legacy")
}
