//go:build unix

package source

import (
	"os/exec"
	"syscall"
)

// detach starts the child in a new session: it has no controlling
// terminal, so neither git nor ssh can prompt on one (they fail instead of
// hanging), and cancelling kills the whole process group (git-remote-https,
// ssh) rather than git alone.
func detach(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	cmd.Cancel = func() error {
		if cmd.Process == nil {
			return nil
		}
		return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
}
