// Package words writes what the lesion engine, the atlas and the tours
// mean in the words a teacher would use at the bedside: a severity as a
// word and an estimated MRC grade, a region with its side ("right
// shoulder", "both hands"), a sign as a sentence ("Babinski sign on the
// right"), a lesion site or a trace start by its anatomical name, and how
// two lesions' findings differ. Nothing a person reads should carry an
// atlas id; this package is where ids become words, so that one test can
// check every id the engine can emit. The few words the engine's own
// sentence says too (a side, a kind of weakness, a weak part, a sign
// worth a summary) are said once, in words/say, which the engine may
// import.
package words
