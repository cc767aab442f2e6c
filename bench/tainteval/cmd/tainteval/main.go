// Command tainteval prints deep mode's true- and false-positive rates on
// the labelled evaluation suite, per class and language:
//
//	go run ./bench/tainteval/cmd/tainteval [testdata/taint-eval]
package main

import (
	"fmt"
	"os"

	"github.com/mcpsafe/mcpsafe/bench/tainteval"
)

func main() {
	root := "testdata/taint-eval"
	if len(os.Args) > 1 {
		root = os.Args[1]
	}
	outcomes, skipped, err := tainteval.Run(root)
	if err != nil {
		fmt.Fprintln(os.Stderr, "tainteval:", err)
		os.Exit(2)
	}
	tainteval.Print(os.Stdout, outcomes)
	if len(skipped) > 0 {
		fmt.Printf("\n%d cases skipped:\n", len(skipped))
		for _, s := range skipped {
			fmt.Println("  " + s)
		}
	}
}
