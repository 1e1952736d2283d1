// Package pipelinetest holds whole-pipeline property and fuzz tests: for any
// input, reading it (ingest) and analyzing it (analysis.Default) gives a
// clear error or annotations that all point into the unchanged text.
package pipelinetest
