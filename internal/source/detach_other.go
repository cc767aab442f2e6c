//go:build !unix

package source

import "os/exec"

func detach(cmd *exec.Cmd) {}
