package main

import (
	"os"
	"path/filepath"
)

func readDoc(name string) ([]byte, error) {
	return os.ReadFile(filepath.Join("/srv/docs", name))
}
