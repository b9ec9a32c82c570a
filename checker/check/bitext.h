#pragma once
// The aligned article that every check reads: both documents, their sentences and words,
// the beads that join them, and what tqc knows about both languages.

#include <algorithm>
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

// Whether `found` holds for an item of a bead up to two beads from bead `b` (not `b`
// itself), given each bead's items: a clause that moved to a neighbouring sentence keeps
// its dates, numbers and placeholders.
template <typename Item, typename Found>
bool in_nearby_bead(const std::vector<std::vector<Item>>& per_bead, std::size_t b, Found found) {
  constexpr std::size_t kNearby = 2;
  const std::size_t first = b >= kNearby ? b - kNearby : 0;
  for (std::size_t o = first; o < std::min(per_bead.size(), b + kNearby + 1); ++o)
    if (o != b && std::any_of(per_bead[o].begin(), per_bead[o].end(), found)) return true;
  return false;
}

}  // namespace tqc
