#include "check/untranslated.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include "core/unicode.h"

namespace tqc {
namespace {

const CheckInfo kInfo{"untranslated", "untranslated", Severity::major,
                      "sentences or stretches of five or more words left in the source language"};

constexpr std::size_t kMinWords = 5;  // shorter copies are names and terms
constexpr std::size_t kMinSourceLike = 4;
constexpr double kSourceShare = 0.8;     // of the words that tell the two languages apart
constexpr std::size_t kShortestRun = 2;  // shared runs that may join into a stretch

std::string english_name(const std::string& code) {
  icu::UnicodeString name;
  icu::Locale(code.c_str()).getDisplayLanguage(icu::Locale::getEnglish(), name);
  std::string out;
  name.toUTF8String(out);
  return out.empty() || out == code ? code : out;
}

enum class Leaning { neutral, source, target };

// Which language a word belongs to by the two dictionaries. Names, numbers and words both
// languages share ("Computer", "Internet", "in") are neutral.
Leaning leaning(const Language& source, const Language& target, std::string_view text) {
  const std::string_view word = target.bare(strip_possessive(text));
  const WordShape shape = shape_of(word);
  if (!shape.has_letter || shape.has_digit || count_code_points(word) < 2) return Leaning::neutral;
  const bool in_source = source.knows(word);
  const bool in_target = target.knows_or_compounds(word);
  if (in_source == in_target) return Leaning::neutral;
  return in_source ? Leaning::source : Leaning::target;
}

struct Tally {
  std::size_t words = 0;        // with a letter
  std::size_t capitalised = 0;  // of those
  std::size_t source = 0;
  std::size_t target = 0;

  bool mostly_source() const {
    return source >= kMinSourceLike &&
           static_cast<double>(source) >= kSourceShare * static_cast<double>(source + target);
  }
  // Titles and names keep their language ("Federal Reserve Bank of New York"), and titles
  // of works, set in italics that plain text loses, capitalise most of their words.
  bool title_like() const { return capitalised * 3 >= words * 2; }
};

// Byte ranges of `text` (which starts at `offset` in its file) between quotation marks of
// any style: „…“ “…” «…» »…« "…" ‚…‘ ‘…’. Double and single marks pair separately, so a
// quote inside a quote stays inside; a ’ between letters is an apostrophe.
std::vector<Span> quoted_regions(std::string_view text, std::size_t offset) {
  static constexpr std::string_view kDouble[] = {"\"", "„", "“", "”", "«", "»"};
  static constexpr std::string_view kSingle[] = {"‚", "‘", "‹", "›"};
  std::vector<Span> regions;
  std::optional<std::size_t> double_open, single_open;
  auto letter = [&](std::size_t i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  };
  for (std::size_t i = 0; i < text.size();) {
    const std::string_view rest = text.substr(i);
    std::size_t length = 0;
    std::optional<std::size_t>* open = nullptr;
    for (const auto mark : kDouble)
      if (rest.starts_with(mark)) length = mark.size(), open = &double_open;
    for (const auto mark : kSingle)
      if (rest.starts_with(mark)) length = mark.size(), open = &single_open;
    if (!open && single_open && rest.starts_with("’") &&
        !(i > 0 && letter(i - 1) && i + 3 < text.size() && letter(i + 3)))
      length = std::string_view("’").size(), open = &single_open;
    if (!open) {
      ++i;
      continue;
    }
    if (*open) {
      regions.push_back({offset + **open, offset + i + length});
      open->reset();
    } else {
      *open = i;
    }
    i += length;
  }
  return regions;
}

bool inside(const std::vector<Span>& regions, Span span) {
  return std::any_of(regions.begin(), regions.end(),
                     [&](const Span& region) { return region.contains(span); });
}

// A run of target words [target_begin, target_end) copied from source words
// [source_begin, source_end).
struct Stretch {
  std::size_t target_begin, target_end, source_begin, source_end;
};

// Runs of words the target shares with the source in the same order, the longest first,
// then joined where at most one word differs on each side: "nearly identical" copies.
std::vector<Stretch> shared_stretches(const std::vector<std::string>& target,
                                      const std::vector<std::string>& source) {
  const std::size_t n = target.size(), m = source.size();
  std::vector<std::size_t> run((n + 1) * (m + 1), 0);  // run[i][j]: common run ending before i, j
  std::vector<Stretch> runs;
  for (std::size_t i = 1; i <= n; ++i)
    for (std::size_t j = 1; j <= m; ++j)
      if (target[i - 1] == source[j - 1]) run[i * (m + 1) + j] = run[(i - 1) * (m + 1) + j - 1] + 1;
  for (std::size_t i = 1; i <= n; ++i)
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t length = run[i * (m + 1) + j];
      const bool longer = i < n && j < m && target[i] == source[j];
      if (length >= kShortestRun && !longer) runs.push_back({i - length, i, j - length, j});
    }
  std::stable_sort(runs.begin(), runs.end(), [](const Stretch& a, const Stretch& b) {
    return a.target_end - a.target_begin > b.target_end - b.target_begin;
  });
  std::vector<Stretch> chosen;
  for (const Stretch& candidate : runs) {
    const bool overlaps = std::any_of(chosen.begin(), chosen.end(), [&](const Stretch& other) {
      return candidate.target_begin < other.target_end && other.target_begin < candidate.target_end;
    });
    if (!overlaps) chosen.push_back(candidate);
  }
  std::sort(chosen.begin(), chosen.end(),
            [](const Stretch& a, const Stretch& b) { return a.target_begin < b.target_begin; });
  std::vector<Stretch> joined;
  for (const Stretch& stretch : chosen) {
    if (!joined.empty()) {
      Stretch& last = joined.back();
      if (stretch.target_begin <= last.target_end + 1 && stretch.source_begin >= last.source_end &&
          stretch.source_begin <= last.source_end + 1) {
        last.target_end = stretch.target_end;
        last.source_end = stretch.source_end;
        continue;
      }
    }
    joined.push_back(stretch);
  }
  return joined;
}

}  // namespace

UntranslatedCheck::UntranslatedCheck(const CheckSetup& setup)
    : source_name_(english_name(setup.source_language)) {}

const CheckInfo& UntranslatedCheck::info() const { return kInfo; }

void UntranslatedCheck::run(const Bitext& bitext, Reporter& reporter) const {
  const Language& source_language = bitext.source.language;
  const Language& target_language = bitext.target.language;
  auto tally = [&](const std::vector<Word>& words, std::size_t begin, std::size_t end,
                   const std::vector<Span>& skipped) {
    Tally counts;
    for (std::size_t i = begin; i < end; ++i) {
      if (inside(skipped, words[i].span)) continue;
      const WordShape shape = shape_of(words[i].text);
      if (!shape.has_letter) continue;
      ++counts.words;
      if (shape.first_upper) ++counts.capitalised;
      switch (leaning(source_language, target_language, words[i].text)) {
        case Leaning::source:
          ++counts.source;
          break;
        case Leaning::target:
          ++counts.target;
          break;
        case Leaning::neutral:
          break;
      }
    }
    return counts;
  };

  for (const Bead& bead : bitext.beads) {
    if (bead.source_size() == 0 || bead.target_size() == 0) continue;
    const std::vector<Word> source_words = bitext.source_words(bead);
    std::vector<std::string> source_folded;
    for (const Word& word : source_words) source_folded.push_back(fold(word.text));
    const Span source_span = bitext.source_span(bead);
    const Span target_span = bitext.target_span(bead);
    const auto source_quotes = quoted_regions(bitext.source.text(source_span), source_span.begin);
    const auto target_quotes = quoted_regions(bitext.target.text(target_span), target_span.begin);

    for (std::size_t s = bead.target_begin; s < bead.target_end; ++s) {
      const std::vector<Word>& words = bitext.target.sentences[s].words;
      std::vector<std::string> folded;
      for (const Word& word : words) folded.push_back(fold(word.text));
      bool reported = false;
      for (const Stretch& stretch : shared_stretches(folded, source_folded)) {
        if (stretch.target_end - stretch.target_begin < kMinWords) continue;
        const Span span{words[stretch.target_begin].span.begin,
                        words[stretch.target_end - 1].span.end};
        const Span from{source_words[stretch.source_begin].span.begin,
                        source_words[stretch.source_end - 1].span.end};
        // A quotation kept in the original language, quoted in both texts, is not counted.
        const bool source_quoted =
            std::any_of(source_quotes.begin(), source_quotes.end(),
                        [&](const Span& region) { return region.overlaps(from); });
        const Tally counts = tally(words, stretch.target_begin, stretch.target_end,
                                   source_quoted ? target_quotes : std::vector<Span>{});
        if (counts.words < kMinWords || !counts.mostly_source() || counts.title_like()) continue;
        reporter.report(span, from,
                        "these " + std::to_string(stretch.target_end - stretch.target_begin) +
                            " words are " + source_name_ +
                            ", copied from the source: left untranslated");
        reported = true;
      }
      if (reported || words.size() < kMinWords) continue;
      // A whole sentence in the source language, copied or not; quotations aside.
      const Tally counts = tally(words, 0, words.size(), target_quotes);
      if (counts.words < kMinWords || !counts.mostly_source() || counts.title_like()) continue;
      reporter.report(
          bitext.target.sentences[s].span, source_span,
          "this sentence is in " + source_name_ + ", the source language: left untranslated");
    }
  }
}

}  // namespace tqc
