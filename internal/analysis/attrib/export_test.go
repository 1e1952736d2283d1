package attrib

// EarlierName exposes earlierName to the external tests.
var EarlierName = earlierName

// MinistryOf exposes ministryOf to the external tests.
var MinistryOf = ministryOf
