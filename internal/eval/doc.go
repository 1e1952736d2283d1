// Package eval scores extracted claims against hand-annotated gold documents.
//
// It is a Go port of ../shared/eval/score.py with the same matching rules, so
// tests can hold the pipeline to the project's thresholds without Python: a
// gold quantity is found when a claim on the same document has the same value
// (kind and numbers) and a span overlapping the gold quote; field accuracies
// are taken over the found quantities; a gold attribution is covered when any
// claim overlaps its quote, and its source is right when one of those claims
// names the same source (Norm and SameName).
package eval
