package importline

import fuzzshareddb "fuzzshared/db"

// The package imports the sanctioned package in this file only, under a
// name no other file uses: a fix in another file adds its own import.
// FuzzAnalyzer adds a file like this one to every input it fixes.
var _ = fuzzshareddb.Pool
