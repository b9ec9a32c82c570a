#include "check/dates.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/error.h"
#include "core/unicode.h"
#include "language/data_file.h"

namespace tqc {
namespace {

const CheckInfo kInfo{"dates", "mistranslation", Severity::major,
                      "weekdays and months that differ from the source's or are missing"};

enum class DateKind { weekday, month };

struct NameEntry {
  DateKind kind = DateKind::weekday;
  int index = 0;             // weekday 0..6 from Sunday, month 0..11 from January
  bool abbreviated = false;  // "Fr.", "Sept.": a date only next to a number
};

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// Lower case without a final period: how names are looked up ("Sept." -> "sept").
std::string name_key(std::string_view text) {
  std::string key = to_lower(text);
  while (!key.empty() && key.back() == '.') key.pop_back();
  return key;
}

// A weekday or month named in a sentence.
struct Mention {
  DateKind kind;
  int index;
  Span span;
  std::string_view text;
  std::size_t name_size;  // bytes of the name itself: "Freitag" in "Freitagabend"
  bool abbreviated;
};

bool starts_with_digit(std::string_view word) { return !word.empty() && word[0] >= '0' && word[0] <= '9'; }

}  // namespace

struct DatesCheck::Names {
  std::unordered_map<std::string, NameEntry> entries;  // name_key -> what it names
  std::vector<std::string> weekdays;                   // wide format names, for suggestions
  std::vector<std::string> months;
  std::vector<std::string> abbreviated_weekdays;
  std::vector<std::string> abbreviated_months;
  std::vector<std::string> weekday_keys;  // lower-case wide weekdays, to find compounds
  std::unordered_set<std::string> ambiguous;
  bool capitalised = false;  // the locale writes the names capitalised (en, de)

  void add(const std::string& name, NameEntry entry, std::unordered_set<std::string>& clashes) {
    const std::string key = name_key(name);
    if (key.empty() || clashes.contains(key)) return;
    const auto [it, added] = entries.emplace(key, entry);
    if (added) return;
    if (it->second.kind == entry.kind && it->second.index == entry.index) {
      it->second.abbreviated = it->second.abbreviated && entry.abbreviated;
    } else {  // Spanish "mar." is Tuesday and March: neither
      entries.erase(it);
      clashes.insert(key);
    }
  }

  // What `words[i]` of a sentence names, if anything.
  std::optional<Mention> mention(const Language& language, const std::vector<Word>& words,
                                 std::size_t i) const;
};

namespace {

using Names = DatesCheck::Names;

std::vector<std::string> symbols(const icu::DateFormatSymbols& date_symbols, DateKind kind,
                                 icu::DateFormatSymbols::DtContextType context,
                                 icu::DateFormatSymbols::DtWidthType width) {
  int32_t count = 0;
  const icu::UnicodeString* names = kind == DateKind::weekday
                                        ? date_symbols.getWeekdays(count, context, width)
                                        : date_symbols.getMonths(count, context, width);
  std::vector<std::string> out;
  // ICU's weekdays start at index 1 (UCAL_SUNDAY); months at 0.
  for (int32_t i = kind == DateKind::weekday ? 1 : 0; i < count; ++i) out.push_back(to_utf8(names[i]));
  if (out.size() > (kind == DateKind::weekday ? 7u : 12u)) out.resize(kind == DateKind::weekday ? 7 : 12);
  return out;
}

std::unique_ptr<Names> load_names(const std::string& data_dir, const std::string& code) {
  auto names = std::make_unique<Names>();
  UErrorCode status = U_ZERO_ERROR;
  const icu::DateFormatSymbols date_symbols(icu::Locale(code.c_str()), status);
  if (U_FAILURE(status)) throw InputError("ICU has no weekday and month names for '" + code + "'");
  std::unordered_set<std::string> clashes;
  using Symbols = icu::DateFormatSymbols;
  for (const DateKind kind : {DateKind::weekday, DateKind::month}) {
    for (const auto width : {Symbols::WIDE, Symbols::ABBREVIATED})
      for (const auto context : {Symbols::FORMAT, Symbols::STANDALONE}) {
        const auto list = symbols(date_symbols, kind, context, width);
        for (std::size_t i = 0; i < list.size(); ++i)
          names->add(list[i], {kind, static_cast<int>(i), width == Symbols::ABBREVIATED}, clashes);
      }
    auto& wide = kind == DateKind::weekday ? names->weekdays : names->months;
    auto& abbreviated = kind == DateKind::weekday ? names->abbreviated_weekdays : names->abbreviated_months;
    wide = symbols(date_symbols, kind, Symbols::FORMAT, Symbols::WIDE);
    abbreviated = symbols(date_symbols, kind, Symbols::FORMAT, Symbols::ABBREVIATED);
  }
  for (const auto& weekday : names->weekdays) names->weekday_keys.push_back(name_key(weekday));
  names->capitalised = !names->months.empty() && shape_of(names->months[0]).first_upper;

  // English names index the data file's additions: "sonnabend=saturday".
  status = U_ZERO_ERROR;
  const icu::DateFormatSymbols english(icu::Locale("en"), status);
  std::unordered_map<std::string, NameEntry> english_names;
  for (const DateKind kind : {DateKind::weekday, DateKind::month}) {
    const auto list = symbols(english, kind, Symbols::FORMAT, Symbols::WIDE);
    for (std::size_t i = 0; i < list.size(); ++i) english_names[name_key(list[i])] = {kind, static_cast<int>(i), false};
  }
  const std::string path = data_dir + "/" + code + "/dates.txt";
  for (const auto& [key, value_list, where] : read_settings(path, true)) {
    const auto values = split_list(value_list, ' ');
    if (key == "ambiguous") {
      for (const auto& value : values) names->ambiguous.insert(name_key(value));
    } else if (key == "also" || key == "also-abbreviated") {
      for (const auto& value : values) {
        const auto equals = value.find('=');
        const auto it = equals == std::string::npos ? english_names.end()
                                                    : english_names.find(name_key(value.substr(equals + 1)));
        if (it == english_names.end())
          throw InputError(where + "expected 'name=english weekday or month', not '" + value + "'");
        NameEntry entry = it->second;
        entry.abbreviated = key == "also-abbreviated";
        names->add(value.substr(0, equals), entry, clashes);
      }
    } else {
      throw InputError(where + "unknown key '" + key + "'");
    }
  }
  return names;
}

// "Freitagabend" -> the weekday "freitag", when the rest is a word of the language
// ("Abend") or an adverb's s ("freitags"): "Montage" (assembly) is no Monday, nor is
// "Montageanleitung", though "e" links compounds too.
std::optional<int> weekday_compound(const Names& names, const Language& language, std::string_view lower) {
  for (std::size_t d = 0; d < names.weekday_keys.size(); ++d) {
    const std::string& key = names.weekday_keys[d];
    if (key.size() < 4 || lower.size() <= key.size() || !lower.starts_with(key)) continue;
    std::string_view rest = lower.substr(key.size());
    if (rest == "s") return static_cast<int>(d);
    auto known = [&](std::string_view part) {
      return part.size() >= 3 && (language.knows(capitalize(part)) || language.knows(part) ||
                                  language.knows_or_compounds(capitalize(part)));
    };
    if (known(rest)) return static_cast<int>(d);
    for (const auto& linking : language.linking_elements) {
      if (!rest.starts_with(linking) || !known(rest.substr(linking.size()))) continue;
      // The weekday's s ("Sonntagsspiel"); any other ending that makes a word of its own
      // begins another word ("Montage" + "anleitung").
      if (linking != "s" && known(key + linking)) continue;
      return static_cast<int>(d);
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Mention> Names::mention(const Language& language, const std::vector<Word>& words,
                                      std::size_t i) const {
  const Word& word = words[i];
  const std::string_view text = language.bare(strip_possessive(word.text));
  const WordShape shape = shape_of(text);
  if (!shape.has_letter || shape.has_digit) return std::nullopt;
  const std::string lower = to_lower(text);
  const bool next_to_number = (i > 0 && starts_with_digit(words[i - 1].text)) ||
                              (i + 1 < words.size() && starts_with_digit(words[i + 1].text));
  const bool sentence_start = i == 0;
  // A capitalised word inside a sentence: a month in English, but a name ("Domingo",
  // "Mars") where the language writes its names in lower case.
  const bool capitalised_inside = shape.first_upper && !shape.all_upper && !sentence_start;

  const NameEntry* entry = nullptr;
  if (const auto it = entries.find(lower); it != entries.end()) entry = &it->second;
  // Plurals and adverbs of capitalised names: "Fridays", "Freitags" (not "Montage").
  if (!entry && capitalised && lower.ends_with('s'))
    if (const auto it = entries.find(lower.substr(0, lower.size() - 1)); it != entries.end() && !it->second.abbreviated)
      if (it->second.kind == DateKind::weekday) entry = &it->second;
  if (entry) {
    if (entry->abbreviated && !next_to_number) return std::nullopt;
    if (!capitalised && capitalised_inside && !next_to_number) return std::nullopt;
    if (ambiguous.contains(lower) && !next_to_number) {
      // "in May", "im Mai", but not "May I" or "Theresa May" (in English, where only
      // names and months are capitalised inside a sentence).
      if (!capitalised_inside) return std::nullopt;
      if (!language.capitalizes_nouns && i > 1 && shape_of(words[i - 1].text).first_upper) return std::nullopt;
    }
    return Mention{entry->kind, entry->index, word.span, word.text, word.text.size(), entry->abbreviated};
  }
  if (language.compounds && !(capitalised_inside && !capitalised))
    if (const auto day = weekday_compound(*this, language, lower))
      return Mention{DateKind::weekday, *day, word.span, word.text, weekday_keys[*day].size(), false};
  return std::nullopt;
}

namespace {

std::vector<Mention> mentions(const Names& names, const BitextSide& side, std::size_t begin, std::size_t end) {
  std::vector<Mention> found;
  for (std::size_t s = begin; s < end; ++s) {
    const auto& words = side.sentences[s].words;
    for (std::size_t i = 0; i < words.size(); ++i)
      if (auto mention = names.mention(side.language, words, i)) found.push_back(*mention);
  }
  return found;
}

bool same_date(const Mention& a, const Mention& b) { return a.kind == b.kind && a.index == b.index; }

// Digits that may be a day and month: "9/11", "5.6.".
bool has_digit_date(std::string_view text) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::size_t i = 1; i + 1 < text.size(); ++i)
    if ((text[i] == '/' || text[i] == '.') && digit(text[i - 1]) && digit(text[i + 1])) return true;
  return false;
}

std::string describe(DateKind kind) { return kind == DateKind::weekday ? "weekday" : "month"; }

// The target's name for `source`, written as the flagged target word is: abbreviated or
// not, capitalised or not, with the rest of a compound ("Donnerstagabend" -> "Freitagabend").
std::string suggestion(const Names& names, const Mention& source, const Mention& target) {
  const auto& list = source.kind == DateKind::weekday
                         ? (target.abbreviated ? names.abbreviated_weekdays : names.weekdays)
                         : (target.abbreviated ? names.abbreviated_months : names.months);
  if (source.index < 0 || static_cast<std::size_t>(source.index) >= list.size()) return {};
  std::string name = list[source.index];
  if (target.abbreviated && !target.text.ends_with('.') && name.ends_with('.')) name.pop_back();
  const WordShape shape = shape_of(target.text);
  if (shape.first_upper) name = capitalize(name);
  else if (!names.capitalised) name = to_lower(name);
  return name + std::string(target.text.substr(std::min(target.name_size, target.text.size())));
}

}  // namespace

DatesCheck::DatesCheck(const CheckSetup& setup)
    : source_(load_names(setup.data_dir, setup.source_language)),
      target_(load_names(setup.data_dir, setup.target_language)) {}

DatesCheck::~DatesCheck() = default;

const CheckInfo& DatesCheck::info() const { return kInfo; }

void DatesCheck::run(const Bitext& bitext, Reporter& reporter) const {
  std::vector<std::vector<Mention>> source_mentions, target_mentions;
  for (const Bead& bead : bitext.beads) {
    source_mentions.push_back(mentions(*source_, bitext.source, bead.source_begin, bead.source_end));
    target_mentions.push_back(mentions(*target_, bitext.target, bead.target_begin, bead.target_end));
  }
  auto nearby = [&](const std::vector<std::vector<Mention>>& all, std::size_t b, const Mention& wanted) {
    return in_nearby_bead(all, b, [&](const Mention& m) { return same_date(m, wanted); });
  };

  for (std::size_t b = 0; b < bitext.beads.size(); ++b) {
    const Bead& bead = bitext.beads[b];
    if (bead.source_size() == 0 || bead.target_size() == 0) continue;
    std::vector<Mention> source_left = source_mentions[b], target_left = target_mentions[b];
    for (auto s = source_left.begin(); s != source_left.end();) {
      const auto t = std::find_if(target_left.begin(), target_left.end(),
                                  [&](const Mention& m) { return same_date(*s, m); });
      if (t == target_left.end()) {
        ++s;
        continue;
      }
      target_left.erase(t);
      s = source_left.erase(s);
    }
    // A name copied as written is a name, not a date: "Black Friday", "Sunday Times".
    const std::string_view target_text = bitext.target.text(bitext.target_span(bead));
    std::erase_if(source_left, [&](const Mention& m) { return target_text.find(m.text) != std::string_view::npos; });
    const std::string_view source_text = bitext.source.text(bitext.source_span(bead));
    std::erase_if(target_left, [&](const Mention& m) { return source_text.find(m.text) != std::string_view::npos; });
    // A month may come from digits: "9/11" -> "11. September".
    if (has_digit_date(source_text))
      std::erase_if(target_left, [](const Mention& m) { return m.kind == DateKind::month; });

    for (const DateKind kind : {DateKind::weekday, DateKind::month}) {
      std::vector<const Mention*> sources, targets;
      for (const auto& m : source_left)
        if (m.kind == kind) sources.push_back(&m);
      for (const auto& m : target_left)
        if (m.kind == kind) targets.push_back(&m);
      const std::size_t pairs = std::min(sources.size(), targets.size());
      for (std::size_t p = 0; p < pairs; ++p) {
        const Mention& source = *sources[p];
        const Mention& target = *targets[p];
        const std::string right = suggestion(*target_, source, target);
        reporter.report(target.span, source.span,
                        "the " + describe(kind) + " '" + std::string(target.text) + "' is '" +
                            std::string(source.text) + "' in the source",
                        right.empty() ? std::vector<std::string>{} : std::vector<std::string>{right});
      }
      for (std::size_t p = pairs; p < sources.size(); ++p) {
        if (nearby(target_mentions, b, *sources[p])) continue;
        reporter.report(bitext.target_span(bead), sources[p]->span,
                        "the source's " + describe(kind) + " '" + std::string(sources[p]->text) +
                            "' is missing in the translation");
      }
      for (std::size_t p = pairs; p < targets.size(); ++p) {
        if (nearby(source_mentions, b, *targets[p])) continue;
        reporter.report(targets[p]->span, std::nullopt,
                        "the " + describe(kind) + " '" + std::string(targets[p]->text) +
                            "' is not in the source");
      }
    }
  }
}

}  // namespace tqc
