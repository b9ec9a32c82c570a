#include "check/literal_translation.h"

#include "core/unicode.h"
#include "language/data_file.h"

namespace tqc {
namespace {

const CheckInfo kInfo{"literal-translation", "mistranslation", Severity::major,
                      "source terms rendered by a word that is wrong in the text's domain"};

bool is_char_start(std::string_view text, std::size_t i) {
  return (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
}

bool known_part(const Language& language, std::string_view part) {
  if (part.size() < 3) return false;
  const std::string capitalized = capitalize(part);
  return language.knows(capitalized) || language.knows(part) ||
         language.knows_or_compounds(capitalized);
}

}  // namespace

bool matches_lemma(const Language& language, std::string_view lemma, std::string_view word_text) {
  const std::string word = to_lower(language.bare(word_text));
  if (language.inflects(lemma, word)) return true;
  if (!language.compounds || word.size() <= lemma.size()) return false;
  // The lemma as the first part: "gießerei" + "betrieb", "rente" + "n" + "alter".
  if (word.starts_with(lemma)) {
    std::string_view rest = std::string_view(word).substr(lemma.size());
    if (known_part(language, rest)) return true;
    for (const auto& link : language.linking_elements)
      if (rest.starts_with(link) && known_part(language, rest.substr(link.size()))) return true;
  }
  // The lemma, inflected, as the last part: "metall" + "gießereien".
  for (std::size_t cut = 3; cut + lemma.size() <= word.size() + 1 && cut < word.size(); ++cut) {
    if (!is_char_start(word, cut)) continue;
    const std::string_view head = std::string_view(word).substr(cut);
    if (!language.inflects(lemma, head)) continue;
    const std::string_view modifier = std::string_view(word).substr(0, cut);
    if (known_part(language, modifier)) return true;
    for (const auto& link : language.linking_elements)
      if (modifier.ends_with(link) && known_part(language, modifier.substr(0, modifier.size() - link.size())))
        return true;
  }
  return false;
}

std::vector<std::size_t> find_phrase(const Language& language, const std::vector<std::string>& phrase,
                                     const std::vector<Word>& words) {
  std::vector<std::size_t> found;
  if (phrase.empty() || words.size() < phrase.size()) return found;
  for (std::size_t i = 0; i + phrase.size() <= words.size(); ++i) {
    bool all = true;
    for (std::size_t k = 0; k < phrase.size() && all; ++k)
      all = matches_lemma(language, phrase[k], words[i + k].text);
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
    std::vector<Span> reported;
    for (const LiteralRule& rule : rules_) {
      const auto term_at = find_phrase(source_language, rule.term, source_words);
      if (term_at.empty()) continue;
      // The sense shows in the neighbourhood: a chip story names chips near "foundry".
      const std::vector<Word> context = bitext.source_context(bead, 3);
      auto mentioned = [&](const std::vector<std::string>& words) {
        for (const auto& word : words)
          if (!find_phrase(source_language, split_list(word, ' '), context).empty()) return true;
        return false;
      };
      if (!rule.cues.empty() && !mentioned(rule.cues)) continue;
      if (mentioned(rule.blockers)) continue;
      const Word& term_first = source_words[term_at.front()];
      const Word& term_last = source_words[term_at.front() + rule.term.size() - 1];
      for (const auto& wrong : rule.wrong) {
        for (const std::size_t at : find_phrase(target_language, wrong, target_words)) {
          const Span span{target_words[at].span.begin, target_words[at + wrong.size() - 1].span.end};
          bool seen = false;
          for (const Span& other : reported) seen = seen || other.overlaps(span);
          if (seen) continue;
          reported.push_back(span);
          std::string term_text(bitext.source.text({term_first.span.begin, term_last.span.end}));
          reporter.report(span, Span{term_first.span.begin, term_last.span.end},
                          "'" + std::string(bitext.target.text(span)) + "' renders '" + term_text +
                              "' in the wrong sense: here it means " + rule.sense + " (" +
                              rule.domain + "). " + rule.why + " [" + pair_ +
                              " literal.rules: " + rule.id + "]",
                          rule.right);
        }
      }
    }
  }
}

}  // namespace tqc
