#pragma once
// The aligned article that every check reads: both documents, their sentences and words,
// the beads that join them, and what tqc knows about both languages.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "align/aligner.h"
#include "language/language.h"
#include "read/document.h"
#include "segment/sentence.h"

namespace tqc {

struct BitextSide {
  const Document& document;
  const Language& language;
  std::vector<Sentence> sentences;

  std::string_view text(Span span) const { return document.slice(span); }
};

struct Bitext {
  BitextSide source;
  BitextSide target;
  std::vector<Bead> beads;

  // Words of a bead's source or target sentences, in order.
  std::vector<Word> source_words(const Bead& bead) const;
  std::vector<Word> target_words(const Bead& bead) const;
  // Span from the first to the last sentence of the bead on that side; an empty span when
  // the side has no sentence.
  Span source_span(const Bead& bead) const;
  Span target_span(const Bead& bead) const;
  // Source words within `radius` sentences of the bead, for context cues.
  std::vector<Word> source_context(const Bead& bead, std::size_t radius) const;
};

// Case-folded forms of every source word, with possessive 's removed ("Lee's" -> "lee"):
// what the translation may legitimately copy.
std::unordered_set<std::string> folded_vocabulary(const BitextSide& side);

// "Lee's" -> "Lee", "OpenAI’s" -> "OpenAI"; other words unchanged.
std::string_view strip_possessive(std::string_view word);

}  // namespace tqc
