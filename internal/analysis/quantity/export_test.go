package quantity

// DatelineEnd exposes datelineEnd to the external tests.
var DatelineEnd = datelineEnd
