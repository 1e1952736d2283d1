package attrib

// EarlierName exposes earlierName to the external tests.
var EarlierName = earlierName
