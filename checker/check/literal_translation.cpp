#include "check/literal_translation.h"

#include <algorithm>

#include "core/unicode.h"
#include "language/data_file.h"

namespace tqc {
namespace {

const CheckInfo kInfo{"literal-translation", "mistranslation", Severity::major,
                      "source terms rendered by a word that is wrong in the text's domain"};


// matches_lemma on a word already lower-cased and bared of elisions and possessives.
bool matches_lowered(const Language& language, std::string_view lemma, std::string_view word) {
  // Cheap rejection first: an inflection keeps the lemma's start (endings replace at most
  // two bytes), and so does a compound that contains the lemma.
  const std::string_view start = lemma.substr(0, std::min<std::size_t>(3, lemma.size() > 3 ? lemma.size() - 2 : lemma.size()));
  if (language.compounds ? word.find(start) == std::string_view::npos : !word.starts_with(start))
    return language.inflects_or_stems(lemma, word);  // "häuser" for "haus"
  if (language.inflects_or_stems(lemma, word)) return true;
  if (!language.compounds || word.size() <= lemma.size()) return false;
  // The lemma as the first part: "gießerei" + "betrieb", "rente" + "n" + "alter".
  if (word.starts_with(lemma)) {
    const std::string_view rest = word.substr(lemma.size());
    if (language.knows_part(rest)) return true;
    for (const auto& link : language.linking_elements)
      if (rest.starts_with(link) && language.knows_part(rest.substr(link.size()))) return true;
  }
  // The lemma, inflected, as the last part: "metall" + "gießereien".
  for (std::size_t cut = 3; cut + lemma.size() <= word.size() + 1 && cut < word.size(); ++cut) {
    if (!is_char_start(word, cut)) continue;
    const std::string_view head = word.substr(cut);
    if (!language.inflects(lemma, head)) continue;
    const std::string_view modifier = word.substr(0, cut);
    if (language.knows_part(modifier)) return true;
    for (const auto& link : language.linking_elements)
      if (modifier.ends_with(link) && language.knows_part(modifier.substr(0, modifier.size() - link.size())))
        return true;
  }
  return false;
}

// Where the words of `phrase` occur as written in `words` (both lower case and bared).
std::vector<std::size_t> find_exact(const std::vector<std::string>& phrase, const std::vector<std::string>& words) {
  std::vector<std::size_t> found;
  for (std::size_t i = 0; i + phrase.size() <= words.size() && !phrase.empty(); ++i)
    if (std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<std::ptrdiff_t>(i))) found.push_back(i);
  return found;
}

bool is_sentence_start(const BitextSide& side, const Word& word) {
  for (const Sentence& sentence : side.sentences)
    if (!sentence.words.empty() && sentence.words.front().span == word.span) return true;
  return false;
}

// The target word is part of a hyphenated group ("Sankt-Jakobus-Gymnasium") that the
// source has as written: a name, copied.
bool copied_hyphen_group(const Bitext& bitext, const std::vector<Word>& words, std::size_t at) {
  std::size_t first = at, last = at;
  while (first > 0 && words[first].hyphen_before) --first;
  while (last + 1 < words.size() && words[last].hyphen_after && words[last + 1].hyphen_before) ++last;
  if (first == last) return false;
  const std::string_view group = bitext.target.text({words[first].span.begin, words[last].span.end});
  return bitext.source.document.text.find(group) != std::string::npos;
}

}  // namespace

std::vector<std::string> lowered(const Language& language, const std::vector<Word>& words) {
  std::vector<std::string> result;
  result.reserve(words.size());
  for (const Word& word : words) result.push_back(to_lower(language.bare(word.text)));
  return result;
}

bool matches_lemma(const Language& language, std::string_view lemma, std::string_view word) {
  return matches_lowered(language, lemma, to_lower(language.bare(word)));
}

std::vector<std::size_t> find_phrase(const Language& language, const std::vector<std::string>& phrase,
                                     const std::vector<std::string>& words) {
  std::vector<std::size_t> found;
  if (phrase.empty() || words.size() < phrase.size()) return found;
  for (std::size_t i = 0; i + phrase.size() <= words.size(); ++i) {
    bool all = true;
    for (std::size_t k = 0; k < phrase.size() && all; ++k) all = matches_lowered(language, phrase[k], words[i + k]);
    if (all) found.push_back(i);
  }
  return found;
}

LiteralTranslationCheck::LiteralTranslationCheck(const CheckSetup& setup)
    : LiteralTranslationCheck(
          read_literal_rules(setup.data_dir + "/" + setup.source_language + "-" +
                             setup.target_language + "/literal.rules"),
          setup.source_language + "-" + setup.target_language) {}

LiteralTranslationCheck::LiteralTranslationCheck(std::vector<LiteralRule> rules, std::string pair)
    : rules_(std::move(rules)), pair_(std::move(pair)) {}

const CheckInfo& LiteralTranslationCheck::info() const { return kInfo; }

void LiteralTranslationCheck::run(const Bitext& bitext, Reporter& reporter) const {
  const Language& source_language = bitext.source.language;
  const Language& target_language = bitext.target.language;
  for (const Bead& bead : bitext.beads) {
    if (bead.source_size() == 0 || bead.target_size() == 0) continue;
    const std::vector<Word> source_words = bitext.source_words(bead);
    const std::vector<Word> target_words = bitext.target_words(bead);
    const std::vector<std::string> source_lower = lowered(source_language, source_words);
    std::vector<std::string> target_lower, context_lower;  // computed when a rule needs them
    std::vector<Span> reported;
    for (const LiteralRule& rule : rules_) {
      const auto term_at = find_phrase(source_language, rule.term, source_lower);
      if (term_at.empty()) continue;
      // The sense shows in the neighbourhood: a chip story names chips near "foundry".
      if (context_lower.empty()) context_lower = lowered(source_language, bitext.source_context(bead, 3));
      auto mentioned = [&](const std::vector<std::string>& words) {
        for (const auto& word : words)
          if (!find_phrase(source_language, split_list(word, ' '), context_lower).empty()) return true;
        return false;
      };
      if (!rule.cues.empty() && !mentioned(rule.cues)) continue;
      if (mentioned(rule.blockers)) continue;
      if (target_lower.empty()) target_lower = lowered(target_language, target_words);
      const Word& term_first = source_words[term_at.front()];
      const Word& term_last = source_words[term_at.front() + rule.term.size() - 1];
      const Span term_span{term_first.span.begin, term_last.span.end};
      // A name that contains the term, copied as written, is no translation: "All Assam
      // Students' Union", "Sankt-Jakobus-Gymnasium".
      const bool term_in_name = !source_language.capitalizes_nouns && shape_of(term_first.text).first_upper &&
                                !is_sentence_start(bitext.source, term_first);
      for (const auto& wrong : rule.wrong) {
        const auto found_at = rule.listed_forms ? find_exact(wrong, target_lower)
                                                : find_phrase(target_language, wrong, target_lower);
        for (const std::size_t at : found_at) {
          const Span span{target_words[at].span.begin, target_words[at + wrong.size() - 1].span.end};
          const std::string_view found = bitext.target.text(span);
          if (term_in_name && found == bitext.source.text(term_span)) continue;
          if (copied_hyphen_group(bitext, target_words, at)) continue;
          bool seen = false;
          for (const Span& other : reported) seen = seen || other.overlaps(span);
          if (seen) continue;
          reported.push_back(span);
          reporter.report(span, term_span,
                          "'" + std::string(bitext.target.text(span)) + "' renders '" +
                              std::string(bitext.source.text(term_span)) + "' in the wrong sense: here it means " +
                              rule.sense + " (" + rule.domain + "). " + rule.why + " [" + pair_ +
                              " literal.rules: " + rule.id + "]",
                          rule.right);
        }
      }
    }
  }
}

}  // namespace tqc
