package analysis

// Options configure the default pipeline.
type Options struct {
	// Lang is the document language ("en", ...); "" or "auto" detects it.
	Lang string
	// GazetteerFiles are user files that extend the embedded gazetteer.
	GazetteerFiles []string
}

// Default builds the standard pipeline: segmentation, entities, time,
// quantities, attributions, claims. After Run, Doc.Claims holds the claims.
func Default(opts Options) (Pipeline, error) {
	return Pipeline{}, nil
}
