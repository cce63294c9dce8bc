// Package returns holds constructions returned to callers, directly or
// through a local or named results: never a fix. Callers may close the pool,
// and test files, which call unexported functions too, are not seen by
// every host (go vet sees them, a host without tests does not), so even
// callers that only read the pool in the package's own files prove nothing.
package returns

import "fixes/db"

var _ = db.SQL
