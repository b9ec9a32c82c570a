#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace tqc {

// A word as ICU's word break rules see it ("Lee's", "U.S", "2015"), with whether a hyphen
// joins it to its neighbour ("KI-Mogul", "Speicherchip- und").
struct Word {
  Span span;
  std::string_view text;  // view into the Document's text
  bool hyphen_before = false;
  bool hyphen_after = false;
};

struct Sentence {
  Span span;
  std::size_t paragraph = 0;  // index into Document::paragraphs
  std::vector<Word> words;
};

}  // namespace tqc
