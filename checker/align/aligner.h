#pragma once
// Sentence alignment. A Bead joins a run of source sentences with a run of target
// sentences that translate each other: 1-1, 1-2, 2-1, 2-2, 1-3, 3-1, or 1-0 / 0-1 for a
// sentence with no counterpart. The beads of an alignment cover both sides in order.

#include <cstddef>
#include <string_view>
#include <vector>

#include "segment/sentence.h"

namespace tqc {

class Language;
class Lexicon;

struct Bead {
  std::size_t source_begin = 0, source_end = 0;  // half-open range of source sentences
  std::size_t target_begin = 0, target_end = 0;  // half-open range of target sentences
  double cost = 0;                                // lower is more certain

  std::size_t source_size() const { return source_end - source_begin; }
  std::size_t target_size() const { return target_end - target_begin; }
};

struct AlignSide {
  std::string_view text;  // the document's text that the sentences' spans point into
  const std::vector<Sentence>& sentences;
};

struct AlignOptions {
  // Expected target characters per source character, before the documents say otherwise
  // (Language::length_factor of the target over the source's).
  double length_ratio = 1.0;
  // Word translations, source to target, as evidence; may be null or empty.
  const Lexicon* lexicon = nullptr;
  // The source language's inflections and compounding, to look up in the lexicon the
  // words it lacks as written; may be null.
  const Language* source_language = nullptr;
};

// Dynamic programming over bead shapes. A bead's cost combines its shape's prior, its
// length mismatch (Gale & Church) and how many of its words find a counterpart on the
// other side: the same word or number, a cognate, or a lexicon translation. The search
// runs in a band around a guide path (the diagonal, or for long texts the alignment of
// blocks of sentences), so time and memory grow linearly with the documents' length.
std::vector<Bead> align_sentences(const AlignSide& source, const AlignSide& target,
                                  const AlignOptions& options = {});

}  // namespace tqc
