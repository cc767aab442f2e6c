package main

import "os/exec"

func runShell(line string) ([]byte, error) {
	return exec.Command("sh", "-c", line).Output()
}
