//go:build !unix

package catalog

// private is true where ownership is not checked (the folder's access
// control list is the user's own, under the user cache folder).
func private(string) bool { return true }
