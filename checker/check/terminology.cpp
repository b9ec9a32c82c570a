#include "check/terminology.h"

#include <algorithm>
#include <cctype>

#include "check/literal_translation.h"
#include "core/unicode.h"

namespace tqc {
namespace {

const CheckInfo kInfo{"terminology", "terminology", Severity::major,
                      "glossary terms not used, or deprecated terms used (--glossary)"};

// A term as the words the segmenter would see: split at blanks and hyphens, lower case
// ("Space-Management" -> "space", "management").
std::vector<std::string> term_words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(to_lower(word));
    word.clear();
  };
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '-' || c == '/') {
      flush();
    } else {
      word += c;
    }
  }
  flush();
  return words;
}

bool for_language(const Term& term, const std::string& code, std::string_view role) {
  return term.language == code || term.language == role;
}

std::string quoted_list(const std::vector<std::string>& texts) {
  std::string out;
  for (std::size_t i = 0; i < texts.size(); ++i) out += (i ? ", '" : "'") + texts[i] + "'";
  return out;
}

// The word's compound parts, lower case, each with its linking element ("arbeits",
// "platz"); empty when it does not split. A part is split again ("Datenschicht" +
// "objekten" -> "daten", "schicht", "objekten") unless its first part is short: "halb",
// "voll", "fern" make words of their own meaning, and "Halbleiter" holds no "Leiter".
std::vector<std::string> compound_parts(const Language& language, std::string_view word, int depth = 0) {
  const std::string lower = to_lower(word);
  const auto known = [&](std::string_view part) { return language.knows(part); };
  std::vector<std::string> smallest;
  for (const CompoundPart& part : language.compound_split(lower, known)) {
    auto sub = depth <= 3 ? compound_parts(language, part.stem(), depth + 1) : std::vector<std::string>{};
    if (sub.empty() || sub.front().size() < 5) {
      smallest.emplace_back(part.written);
    } else {
      sub.back() += part.written.substr(part.stem().size());
      smallest.insert(smallest.end(), sub.begin(), sub.end());
    }
  }
  return smallest;
}

// `lemma` and `word` are forms of one stem of at least five bytes: an adjective's
// "betriebswirtschaftlicher" and "betriebswirtschaftlichen".
bool same_stem(const Language& language, std::string_view lemma, std::string_view word) {
  const auto lemma_forms = language.base_forms(lemma);
  for (const auto& form : language.base_forms(word))
    if (form.size() >= 5 && std::find(lemma_forms.begin(), lemma_forms.end(), form) != lemma_forms.end()) return true;
  return false;
}

// The lower-case words of a bead's target, plus what a hyphen ellipsis stands for:
// "Speicher- und Rechenleistung" also reads "speicherleistung", "Datenimport und -export"
// also "datenexport". Alternatives are indexed like the words.
struct TargetWords {
  std::vector<std::string> words;
  std::vector<std::vector<std::string>> alternatives;  // ellipses and glued pieces
};

// Where a word glues words together: "MenuChange", "Grenzwert.Sie", "project44" (pieces
// of at least three letters). Byte offsets of the pieces' starts after the first.
std::vector<std::size_t> glue_points(std::string_view word) {
  std::vector<std::size_t> cuts;
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::size_t last = 0;
  for (std::size_t i = 1; i < word.size(); ++i) {
    const char a = word[i - 1], b = word[i];
    std::size_t cut = 0;
    if ((lower(a) && upper(b)) || (lower(a) && digit(b)) || (digit(a) && upper(b))) cut = i;
    if (a == '.' && i >= 2 && upper(b)) cut = i;
    if (cut && cut - last >= 3 && word.size() - cut >= 2) {
      cuts.push_back(cut);
      last = cut;
    }
  }
  return cuts;
}

// The pieces of a glued word, without the dots between them; the word alone if none.
std::vector<std::pair<std::size_t, std::string_view>> pieces(std::string_view word) {
  std::vector<std::pair<std::size_t, std::string_view>> result;
  std::size_t start = 0;
  auto add = [&](std::size_t end) {
    std::string_view piece = word.substr(start, end - start);
    while (!piece.empty() && piece.back() == '.') piece.remove_suffix(1);
    if (!piece.empty()) result.emplace_back(start, piece);
  };
  for (const std::size_t cut : glue_points(word)) {
    add(cut);
    start = cut;
  }
  add(word.size());
  return result;
}

TargetWords target_words(const Language& language, std::string_view text, const std::vector<Word>& words) {
  TargetWords result;
  result.words = lowered(language, words);
  result.alternatives.resize(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto glued = pieces(language.bare(words[i].text));
    if (glued.size() > 1)
      for (const auto& [at, piece] : glued) result.alternatives[i].push_back(to_lower(piece));
  }
  if (!language.compounds) return result;
  auto letter_at = [&](std::size_t i) {
    return i < text.size() && (static_cast<unsigned char>(text[i]) >= 0x80 || std::isalnum(static_cast<unsigned char>(text[i])));
  };
  // "Speicher-" before a blank or comma: its head comes from the next full compound.
  auto open_modifier = [&](std::size_t i) { return words[i].hyphen_after && !letter_at(words[i].span.end + 1); };
  auto open_head = [&](std::size_t i) {
    return words[i].hyphen_before && (words[i].span.begin < 2 || !letter_at(words[i].span.begin - 2));
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (open_modifier(i)) {
      std::size_t j = i + 1;
      while (j < words.size() && open_modifier(j)) ++j;
      ++j;  // the conjunction: "und", "oder", "bzw"
      if (j >= words.size()) continue;
      const auto parts = compound_parts(language, result.words[j]);
      if (parts.size() >= 2) result.alternatives[i].push_back(result.words[i] + parts.back());
    } else if (open_head(i) && i >= 2) {
      const auto parts = compound_parts(language, result.words[i - 2]);
      if (parts.size() < 2) continue;
      std::string modifier;
      for (std::size_t k = 0; k + 1 < parts.size(); ++k) modifier += parts[k];
      result.alternatives[i].push_back(modifier + result.words[i]);
    }
  }
  return result;
}

bool word_has(const Language& language, const std::string& lemma, const TargetWords& target, std::size_t i) {
  if (contains_term(language, lemma, target.words[i])) return true;
  for (const auto& alternative : target.alternatives[i])
    if (contains_term(language, lemma, alternative)) return true;
  return false;
}

// Where the term's words occur in a row in the target: the first word's index.
std::vector<std::size_t> find_term(const Language& language, const std::vector<std::string>& term,
                                   const TargetWords& target) {
  std::vector<std::size_t> found;
  if (term.size() == 1) {
    for (std::size_t i = 0; i < target.words.size(); ++i)
      if (word_has(language, term[0], target, i)) found.push_back(i);
    return found;
  }
  for (std::size_t i = 0; i + term.size() <= target.words.size(); ++i) {
    bool all = true;
    for (std::size_t k = 0; k < term.size() && all; ++k) all = word_has(language, term[k], target, i + k);
    if (all) found.push_back(i);
  }
  if (found.empty()) {
    // A multi-word term written as one compound: "Data Provider" as "Datenprovider" is
    // beyond this, but "Space Management" as "Spacemanagement" is not.
    std::string joined;
    for (const auto& word : term) joined += word;
    for (std::size_t i = 0; i < target.words.size(); ++i)
      if (word_has(language, joined, target, i)) found.push_back(i);
  }
  return found;
}

struct Occurrence {
  const TerminologyCheck::Entry* entry;
  std::size_t begin, end;  // source word indices, half-open
};

}  // namespace

bool contains_term(const Language& language, std::string_view lemma, std::string_view word) {
  if (lemma.empty() || word.empty()) return false;
  const std::string lower = to_lower(word);
  // Every form below keeps the lemma's start (endings replace at most two bytes, verb
  // endings three).
  const std::size_t keep = lemma.size() > 5 ? lemma.size() - 3 : std::min<std::size_t>(lemma.size(), 3);
  if (lower.find(lemma.substr(0, keep)) == std::string::npos) return false;
  if (language.inflects_or_stems(lemma, lower) || same_stem(language, lemma, lower)) return true;
  if (!language.compounds && matches_lemma(language, lemma, lower)) return true;
  // A verb in its finite forms: "erstellt", "teilte" for "erstellen", "teilen"; the
  // language's verb endings (stem-endings) and the forms it gives loan verbs.
  for (const auto& ending : language.stem_endings) {
    if (!lemma.ends_with(ending) || lemma.size() < ending.size() + 3) continue;
    const std::string_view stem = lemma.substr(0, lemma.size() - ending.size());
    for (const auto& form : language.loan_verb_forms)
      if (lower.size() == form.strip.size() + stem.size() + form.add.size() && lower.starts_with(form.strip) &&
          lower.ends_with(form.add) && std::string_view(lower).substr(form.strip.size(), stem.size()) == stem)
        return true;
  }
  if (!language.compounds || lower.size() <= lemma.size()) return false;
  // Any run of compound parts: "Datenspeicherlösung" holds "speicher" in the middle.
  const std::vector<std::string> parts = compound_parts(language, lower);
  for (std::size_t first = 0; first < parts.size(); ++first) {
    std::string joined;
    for (std::size_t last = first; last < parts.size(); ++last) {
      joined += parts[last];
      if (joined.size() > lemma.size() + 3) break;
      if (last + 1 == parts.size() ? language.inflects(lemma, joined) : joined == lemma) return true;
      // A modifier with its linking element: "umfangs" in "Funktionsumfangsbeschreibung".
      for (const auto& link : language.linking_elements)
        if (last + 1 < parts.size() && joined == std::string(lemma) + link) return true;
    }
  }
  // The term as the first part: "fest" in "Festpreisauftrags", "halb" in "Halbleiter".
  if (lower.starts_with(lemma)) {
    const std::string_view rest = std::string_view(lower).substr(lemma.size());
    if (language.knows_part(rest)) return true;
    for (const auto& link : language.linking_elements)
      if (rest.starts_with(link) && language.knows_part(rest.substr(link.size()))) return true;
  }
  if (!parts.empty()) return false;
  if (matches_lemma(language, lemma, lower)) return true;
  // A word Hunspell neither knows nor splits, ending in the term: "Filialaudit". A known
  // word is left alone: "Halbleiter" does not hold the term "Leiter".
  if (lemma.size() >= 4 && !language.knows(lower) && !language.knows(capitalize(lower))) {
    for (std::size_t cut = 3; cut + lemma.size() <= lower.size(); ++cut)
      if (is_char_start(lower, cut) && language.inflects(lemma, std::string_view(lower).substr(cut))) return true;
  }
  return false;
}

TerminologyCheck::TerminologyCheck(const CheckSetup& setup)
    : TerminologyCheck(
          [&] {
            std::vector<Glossary> glossaries;
            for (const auto& path : setup.glossaries) glossaries.push_back(read_glossary(path));
            return glossaries;
          }(),
          setup.source_language, setup.target_language) {}

TerminologyCheck::TerminologyCheck(std::vector<Glossary> glossaries, std::string source_language,
                                   std::string target_language)
    : glossaries_(std::move(glossaries)) {
  for (const Glossary& glossary : glossaries_) {
    for (const Concept& concept_entry : glossary.concepts) {
      Entry entry{&glossary, &concept_entry, {}, {}, {}, {}, {}, {}};
      for (const TermStatus status : {TermStatus::preferred, TermStatus::admitted, TermStatus::superseded,
                                      TermStatus::deprecated}) {
        for (const Term& term : concept_entry.terms) {
          if (term.status != status) continue;
          auto words = term_words(term.text);
          if (words.empty()) continue;
          if (for_language(term, source_language, "source") && status != TermStatus::deprecated)
            entry.source.push_back(words);
          if (!for_language(term, target_language, "target")) continue;
          const bool accepted = status == TermStatus::preferred || status == TermStatus::admitted;
          (accepted ? entry.accepted : entry.rejected).push_back(std::move(words));
          (accepted ? entry.accepted_text : entry.rejected_text).push_back(term.text);
          if (!accepted) entry.rejected_status.push_back(status);
        }
      }
      if (!entry.source.empty() && (!entry.accepted.empty() || !entry.rejected.empty()))
        entries_.push_back(std::move(entry));
    }
  }
}

const CheckInfo& TerminologyCheck::info() const { return kInfo; }

void TerminologyCheck::run(const Bitext& bitext, Reporter& reporter) const {
  if (entries_.empty()) return;
  const Language& source_language = bitext.source.language;
  const Language& target_language = bitext.target.language;
  // A multi-word term given in the plural matches the singular too: "financial
  // statements" in "Financial Statement - Ukraine".
  std::vector<std::vector<std::vector<std::string>>> source_terms;
  for (const Entry& entry : entries_) {
    auto& terms = source_terms.emplace_back(entry.source);
    for (const auto& term : entry.source) {
      if (term.size() < 2) continue;
      for (const auto& form : source_language.base_forms(term.back())) {
        if (form == term.back() || !source_language.knows(form)) continue;
        terms.push_back(term);
        terms.back().back() = form;
      }
    }
  }
  for (const Bead& bead : bitext.beads) {
    if (bead.source_size() == 0 || bead.target_size() == 0) continue;
    // Source words, and the pieces of glued ones: "MenuChange", "Doc.Template".
    std::vector<std::string> source_lower;
    std::vector<Span> source_spans;
    for (const Word& word : bitext.source_words(bead)) {
      const std::string_view bared = source_language.bare(word.text);
      const std::size_t offset = word.span.begin + static_cast<std::size_t>(bared.data() - word.text.data());
      for (const auto& [at, piece] : pieces(bared)) {
        source_lower.push_back(to_lower(piece));
        source_spans.push_back({offset + at, offset + at + piece.size()});
      }
    }
    std::vector<Occurrence> occurrences;
    for (std::size_t e = 0; e < entries_.size(); ++e) {
      const Entry& entry = entries_[e];
      for (const auto& term : source_terms[e]) {
        const auto at = find_phrase(source_language, term, source_lower);
        if (!at.empty()) {
          occurrences.push_back({&entry, at.front(), at.front() + term.size()});
          break;
        }
      }
    }
    if (occurrences.empty()) continue;
    // The longest term wins: "data provider" is its own concept, not also "provider".
    std::erase_if(occurrences, [&](const Occurrence& o) {
      return std::any_of(occurrences.begin(), occurrences.end(), [&](const Occurrence& other) {
        return other.entry != o.entry && other.begin <= o.begin && o.end <= other.end &&
               other.end - other.begin > o.end - o.begin;
      });
    });
    const std::vector<Word> words = bitext.target_words(bead);
    const TargetWords target = target_words(target_language, bitext.target.document.text, words);
    for (const Occurrence& occurrence : occurrences) {
      const Entry& entry = *occurrence.entry;
      const Span source_span{source_spans[occurrence.begin].begin, source_spans[occurrence.end - 1].end};
      const std::string source_text(bitext.source.text(source_span));
      const std::string cite = " [" + entry.glossary->path + ", entry " + entry.concept_entry->id + "]";
      std::vector<std::string> fix;
      if (!entry.accepted_text.empty()) fix.push_back(entry.accepted_text.front());
      std::vector<char> accepted_at(target.words.size(), 0);
      bool accepted = false;
      for (const auto& term : entry.accepted)
        for (const std::size_t at : find_term(target_language, term, target)) {
          accepted = true;
          for (std::size_t k = at; k < std::min(at + term.size(), accepted_at.size()); ++k) accepted_at[k] = 1;
        }
      bool rejected = false;
      for (std::size_t r = 0; r < entry.rejected.size(); ++r) {
        const auto& term = entry.rejected[r];
        for (const std::size_t at : find_term(target_language, term, target)) {
          const std::size_t end = std::min(at + term.size(), words.size());
          // "Datenspeicher" preferred and "Speicher" deprecated: the preferred word holds it.
          if (std::any_of(accepted_at.begin() + static_cast<long>(at), accepted_at.begin() + static_cast<long>(end),
                          [](char c) { return c != 0; }))
            continue;
          rejected = true;
          const Span span{words[at].span.begin, words[end - 1].span.end};
          reporter.report(span, source_span,
                          "'" + std::string(bitext.target.text(span)) + "' is a " +
                              std::string(to_string(entry.rejected_status[r])) +
                              " term for '" + source_text + "'" +
                              (fix.empty() ? std::string(".") : "; the glossary requires '" + fix.front() + "'.") + cite,
                          fix);
        }
      }
      if (!accepted && !rejected && !entry.accepted.empty())
        reporter.report(bitext.target_span(bead), source_span,
                        "required term missing: the glossary renders '" + source_text + "' as " +
                            quoted_list(entry.accepted_text) + ", and the translation uses none of them" + cite,
                        {});  // the span is the sentence: a suggestion would replace it
    }
  }
}

}  // namespace tqc
