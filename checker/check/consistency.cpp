#include "check/consistency.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <optional>

#include "check/literal_translation.h"
#include "core/unicode.h"
#include "language/data_file.h"

namespace tqc {
namespace {

const CheckInfo kInfo{"consistency", "inconsistency", Severity::minor,
                      "a source term rendered two different ways in one article"};

std::vector<std::string> rendering_words(const std::string& rendering) {
  std::vector<std::string> words;
  for (const auto& part : split_list(rendering, ' '))
    for (const auto& word : split_list(part, '-'))
      if (!word.empty()) words.push_back(to_lower(word));
  return words;
}

// One word derived from the other, as the sentence's grammar needs: "current" and
// "currently".
bool derived(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  constexpr std::size_t kStem = 5;
  if (a.size() != 1 || b.size() != 1) return false;
  const std::string& shorter = a[0].size() <= b[0].size() ? a[0] : b[0];
  const std::string& longer = a[0].size() <= b[0].size() ? b[0] : a[0];
  return shorter.size() >= kStem && longer.starts_with(shorter);
}

// Renderings that contain one another are one rendering: "Foundry" and "Foundry-Sparte",
// "Auftragsfertiger" and "Chipauftragsfertiger", or derive one from the other. Returns a
// family number per rendering.
std::vector<std::size_t> families(const Language& language,
                                  const std::vector<std::vector<std::string>>& renderings) {
  std::vector<std::size_t> family(renderings.size());
  std::iota(family.begin(), family.end(), 0);
  auto root = [&](std::size_t i) {
    while (family[i] != i) i = family[i];
    return i;
  };
  for (std::size_t a = 0; a < renderings.size(); ++a)
    for (std::size_t b = a + 1; b < renderings.size(); ++b)
      if (!find_phrase(language, renderings[a], renderings[b]).empty() ||
          !find_phrase(language, renderings[b], renderings[a]).empty() ||
          derived(renderings[a], renderings[b]))
        family[root(b)] = root(a);
  for (std::size_t i = 0; i < family.size(); ++i) family[i] = root(i);
  return family;
}

// `word` ends in `lemma`, inflected: the rendering is the word or its head ("Metallgießerei"),
// not the modifier of a compound whose head chose it ("Arzneimittelstudien" for "drug
// trials" says nothing about how the article renders "drugs").
bool rendering_is_head(const Language& language, std::string_view lemma, std::string_view word) {
  const std::string lower = to_lower(language.bare(word));
  for (std::size_t cut = 0; cut < lower.size(); ++cut)
    if (is_char_start(lower, cut) && language.inflects(lemma, std::string_view(lower).substr(cut)))
      return true;
  return false;
}

// One bead's rendering of a rule's term.
struct Use {
  std::size_t family;
  std::size_t rendering;  // index into the rule's right renderings
  Span target;
  Span source;
};

}  // namespace

ConsistencyCheck::ConsistencyCheck(const CheckSetup& setup)
    : ConsistencyCheck(read_literal_rules(setup.data_dir + "/" + setup.source_language + "-" +
                                          setup.target_language + "/literal.rules")) {}

ConsistencyCheck::ConsistencyCheck(std::vector<LiteralRule> rules) : rules_(std::move(rules)) {
  for (const LiteralRule& rule : rules_) {
    auto& renderings = renderings_.emplace_back();
    for (const auto& right : rule.right) renderings.push_back(rendering_words(right));
  }
}

const CheckInfo& ConsistencyCheck::info() const { return kInfo; }

void ConsistencyCheck::run(const Bitext& bitext, Reporter& reporter) const {
  const Language& source_language = bitext.source.language;
  const Language& target_language = bitext.target.language;
  std::vector<std::vector<std::size_t>> family_of;
  for (const auto& renderings : renderings_)
    family_of.push_back(families(target_language, renderings));
  std::vector<std::vector<Use>> uses(rules_.size());

  for (const Bead& bead : bitext.beads) {
    if (bead.source_size() == 0 || bead.target_size() == 0) continue;
    const std::vector<Word> source_words = bitext.source_words(bead);
    const std::vector<std::string> source_lower = lowered(source_language, source_words);
    std::vector<Word> target_words;
    std::vector<std::string> target_lower, context_lower;
    std::vector<bool> sentence_start;
    for (std::size_t r = 0; r < rules_.size(); ++r) {
      const LiteralRule& rule = rules_[r];
      // Terms of a domain are kept consistent; an everyday word ("concern": Bedenken,
      // Besorgnis) may be varied like any other.
      if (rule.domain == "general") continue;
      const auto term_at = find_phrase(source_language, rule.term, source_lower);
      if (term_at.empty()) continue;
      // Only where the term has the rule's sense, as literal-translation decides it.
      if (context_lower.empty())
        context_lower = lowered(source_language, bitext.source_context(bead, 3));
      auto mentioned = [&](const std::vector<std::string>& words) {
        return std::any_of(words.begin(), words.end(), [&](const std::string& word) {
          return !find_phrase(source_language, split_list(word, ' '), context_lower).empty();
        });
      };
      if (!rule.cues.empty() && !mentioned(rule.cues)) continue;
      if (mentioned(rule.blockers)) continue;
      if (target_words.empty()) {
        target_words = bitext.target_words(bead);
        target_lower = lowered(target_language, target_words);
        for (std::size_t s = bead.target_begin; s < bead.target_end; ++s) {
          const auto& words = bitext.target.sentences[s].words;
          for (std::size_t i = 0; i < words.size(); ++i) sentence_start.push_back(i == 0);
        }
      }
      std::optional<Use> use;
      bool several = false;
      for (std::size_t k = 0; k < renderings_[r].size(); ++k) {
        const auto& words = renderings_[r][k];
        // A German noun rendering is capitalised, and at a sentence's start it may be a
        // plain word: "Die" (a chip's die) is also the article "die".
        const bool noun = target_language.capitalizes_nouns && shape_of(rule.right[k]).first_upper;
        for (const std::size_t at : find_phrase(target_language, words, target_lower)) {
          if (noun && (!shape_of(target_words[at].text).first_upper ||
                       (sentence_start[at] && target_language.knows(words.front()))))
            continue;
          if (!rendering_is_head(target_language, words.back(),
                                 target_words[at + words.size() - 1].text))
            continue;
          const Span span{target_words[at].span.begin,
                          target_words[at + words.size() - 1].span.end};
          if (!use) {
            const Word& first = source_words[term_at.front()];
            const Word& last = source_words[term_at.front() + rule.term.size() - 1];
            use = Use{family_of[r][k], k, span, {first.span.begin, last.span.end}};
          } else if (family_of[r][k] != use->family) {
            several = true;
          } else if (span.contains(use->target) && span != use->target) {
            use->target = span;  // the longer rendering of the family: "Foundry-Sparte"
            use->rendering = k;
          }
        }
      }
      // Two renderings side by side are a gloss ("Foundry (Auftragsfertiger)"), not a switch.
      if (use && !several) uses[r].push_back(*use);
    }
  }

  for (std::size_t r = 0; r < rules_.size(); ++r) {
    std::map<std::size_t, std::vector<const Use*>> by_family;  // family -> its uses, in order
    for (const Use& use : uses[r]) by_family[use.family].push_back(&use);
    if (by_family.size() < 2) continue;
    // The majority rendering; on a tie the one the article used first (a tie is not reported).
    const auto majority =
        std::max_element(by_family.begin(), by_family.end(), [](const auto& a, const auto& b) {
          if (a.second.size() != b.second.size()) return a.second.size() < b.second.size();
          return a.second.front()->target.begin > b.second.front()->target.begin;
        });
    const Use& usual = *majority->second.front();
    const std::string usual_text(bitext.target.text(usual.target));
    const std::size_t others = majority->second.size();
    for (const auto& [family, family_uses] : by_family) {
      // Only a clear odd one out: German news varies right renderings on purpose
      // ("Foundry-Anbieter" beside "Auftragsfertiger"), so a tie or a near tie is style.
      if (family == majority->first || others < 2 * family_uses.size()) continue;
      const Use& odd = *family_uses.front();
      reporter.report(odd.target, odd.source,
                      "'" + std::string(bitext.source.text(odd.source)) + "' is rendered '" +
                          std::string(bitext.target.text(odd.target)) + "' here but '" +
                          usual_text + "' in " + std::to_string(others) +
                          (others == 1 ? " other sentence" : " other sentences") +
                          " of the article; keep one rendering [" + rules_[r].id + "]",
                      {rules_[r].right[usual.rendering]});
    }
  }
}

}  // namespace tqc
