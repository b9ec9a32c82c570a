#include "check/spelling.h"

#include <algorithm>

#include "check/source_copies.h"
#include "core/unicode.h"

namespace tqc {
namespace {

const CheckInfo kInfo{"spelling", "misspelling", Severity::minor,
                      "words unknown to the target language's dictionary"};

// Hunspell's suggest() costs tens of milliseconds a word: ask only for the words we
// report, and only so many times per document.
constexpr int kSuggestionBudget = 20;
constexpr std::size_t kMaxSuggestions = 3;

}  // namespace

bool is_spellable(std::string_view word) {
  const WordShape shape = shape_of(word);
  // Over 100 bytes it is debris (a scraped token, base64), not a word to spell-check.
  return shape.has_letter && !shape.has_digit && !shape.all_upper && count_code_points(word) >= 2 &&
         word.size() <= 100 && word.find('_') == std::string_view::npos;
}

const CheckInfo& SpellingCheck::info() const { return kInfo; }

void SpellingCheck::run(const Bitext& bitext, Reporter& reporter) const {
  const Language& language = bitext.target.language;
  if (!language.speller) return;
  const SourceCopies copies(bitext);
  int budget = kSuggestionBudget;
  for (const Bead& bead : bitext.beads) {
    const std::vector<Word> source_words = bitext.source_context(bead, 1);
    const std::vector<Word> words = bitext.target_words(bead);
    for (std::size_t i = 0; i < words.size(); ++i) {
      const Word& word = words[i];
      if (!is_spellable(word.text)) continue;
      if (copies.is_known(word, i > 0 ? &words[i - 1] : nullptr)) continue;
      if (copies.is_part_copy(word.text, source_words)) continue;
      // A borrowed form, or copied-term-typo's finding: one finding per misspelled copy.
      if (copies.closest_copy(word.text, source_words)) continue;
      if (copies.is_cognate(word.text)) continue;
      // A typo is a slip from a word: one edit from a known one ("Unternemen"). A word
      // far from every known word is a name, a rare compound or a new coinage
      // ("Skurrilitäten", "Mudschahed"), which the dictionary lacks, not a misspelling.
      const auto word_like = [&](std::string_view candidate) {
        return language.knows(candidate) || language.knows_separable_verb(candidate) ||
               language.knows_derived(candidate);
      };
      if (!language.near_known(word.text, word_like)) continue;
      std::vector<std::string> suggestions;
      if (budget-- > 0) {
        for (auto& suggestion : language.speller->suggest(word.text)) {
          if (edit_distance(suggestion, word.text) > 2) continue;
          suggestions.push_back(std::move(suggestion));
          if (suggestions.size() == kMaxSuggestions) break;
        }
      }
      const auto source = bitext.source_span(bead);
      reporter.report(word.span, source.empty() ? std::nullopt : std::optional<Span>(source),
                      "'" + std::string(word.text) + "' is not a known " + language.code +
                          " word and does not come from the source",
                      std::move(suggestions));
    }
  }
}

}  // namespace tqc
