#include "check/numbers.h"

#include <unicode/dcfmtsym.h>
#include <unicode/locid.h>
#include <unicode/numberformatter.h>
#include <unicode/rbnf.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/error.h"
#include "core/unicode.h"
#include "language/data_file.h"

namespace tqc {
namespace {

const CheckInfo kInfo{"numbers", "mistranslation", Severity::major,
                      "numbers missing, changed, added or written for another locale"};

// A unit of measure, to compare "550 acres" with "220 Hektar": the factor to the
// dimension's base unit (metre, square metre, kilogram, litre, degree Celsius).
struct Unit {
  std::string dimension;
  double factor = 1;
  bool fahrenheit = false;
};

struct ScaleWords {
  std::string one;   // written after 1: "Milliarde"
  std::string many;  // written after other numbers: "Milliarden"
};

bool same_value(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b)) + 1e-12;
}

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// Lower case, soft hyphens removed, hyphens and runs of spaces as one space: the form in
// which number words and scale words are looked up ("twenty-one" -> "twenty one").
std::string phrase_key(std::string_view text) {
  std::string lower = to_lower(text);
  std::string out;
  for (std::size_t i = 0; i < lower.size(); ++i) {
    if (lower.compare(i, 2, "\xC2\xAD") == 0) {  // U+00AD soft hyphen
      ++i;
      continue;
    }
    const char c = lower[i];
    if (c == '-' || c == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::size_t count_words(std::string_view key) {
  return static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
}

bool is_space_separator(char32_t c) {
  return c == U' ' || c == 0x00A0 || c == 0x202F || c == 0x2009;
}

char32_t first_code_point(const icu::UnicodeString& text) {
  return text.isEmpty() ? 0 : static_cast<char32_t>(text.char32At(0));
}

}  // namespace

struct NumbersCheck::Locale {
  std::string code;
  icu::Locale icu_locale;
  char32_t decimal = U'.';
  std::u32string grouping;                                   // accepted grouping separators
  std::unordered_map<std::string, double> words;             // phrase_key -> value: "sechs" -> 6
  std::unordered_map<std::string, double> scales;            // phrase_key -> factor: "mrd." -> 1e9
  std::unordered_map<std::string, std::vector<Unit>> units;  // "feet" -> length 0.3048
  std::map<double, ScaleWords> scale_words;                  // for suggestions
  std::size_t longest_phrase = 1;                            // words in the longest entry
  std::vector<std::string> time_words;                       // "uhr": "10.30 Uhr" is a time
  std::vector<std::string> afternoon_words;                  // "p.m.": 3 p.m. is 15 Uhr
  std::vector<std::string> decade_endings;                   // "s": "1990s" may be "90er"

  void add_word(const std::string& text, double value) {
    const std::string key = phrase_key(text);
    if (key.empty()) return;
    words.emplace(key, value);
    longest_phrase = std::max(longest_phrase, count_words(key));
  }
};

namespace {

using Locale = NumbersCheck::Locale;

double parse_data_value(const std::string& text, const std::string& where) {
  try {
    std::size_t used = 0;
    const double value = std::stod(text, &used);
    if (used == text.size() && value > 0) return value;
  } catch (const std::exception&) {
  }
  throw InputError(where + ": '" + text + "' is not a positive number");
}

std::unique_ptr<Locale> load_locale(const std::string& data_dir, const std::string& code) {
  auto locale = std::make_unique<Locale>();
  locale->code = code;
  locale->icu_locale = icu::Locale(code.c_str());

  UErrorCode status = U_ZERO_ERROR;
  const icu::DecimalFormatSymbols symbols(locale->icu_locale, status);
  if (U_FAILURE(status)) throw InputError("ICU has no number symbols for '" + code + "'");
  locale->decimal =
      first_code_point(symbols.getSymbol(icu::DecimalFormatSymbols::kDecimalSeparatorSymbol));
  const char32_t grouping =
      first_code_point(symbols.getSymbol(icu::DecimalFormatSymbols::kGroupingSeparatorSymbol));
  bool space_grouping = is_space_separator(grouping);
  if (!space_grouping) locale->grouping += grouping;

  // Spelled-out numbers in every form ICU knows (cardinal, ordinal, each gender and case),
  // for 0..100 and whole hundreds: enough to match "six", "sechs", "einundzwanzig",
  // "vingt et un", "treinta y uno" and "dritten" against digits. Years are read as digits.
  status = U_ZERO_ERROR;
  icu::RuleBasedNumberFormat spellout(icu::URBNF_SPELLOUT, locale->icu_locale, status);
  if (U_SUCCESS(status)) {
    std::vector<int32_t> values;
    for (int32_t n = 0; n <= 100; ++n) values.push_back(n);
    for (int32_t n = 200; n <= 1000; n += 100) values.push_back(n);
    for (int32_t r = 0; r < spellout.getNumberOfRuleSetNames(); ++r) {
      const icu::UnicodeString rule_set = spellout.getRuleSetName(r);
      if (rule_set.indexOf(u"year") >= 0) continue;
      for (const int32_t n : values) {
        icu::UnicodeString text;
        icu::FieldPosition position;
        UErrorCode format_status = U_ZERO_ERROR;
        spellout.format(n, rule_set, text, position, format_status);
        if (U_SUCCESS(format_status)) locale->add_word(to_utf8(text), n);
      }
    }
  }

  const std::string path = data_dir + "/" + code + "/numbers.txt";
  for (const auto& line : read_data_lines(path, true)) {
    const std::string where = path + ":" + std::to_string(line.number);
    const std::size_t colon = line.text.find(':');
    if (colon == std::string::npos) throw InputError(where + ": expected 'key: value | value ...'");
    const std::string head = trim(line.text.substr(0, colon));
    const std::string rest = trim(line.text.substr(colon + 1));
    const std::vector<std::string> items = split_list(rest, '|');
    const std::size_t space = head.find(' ');
    const std::string key = head.substr(0, space);
    if (key == "scale" || key == "word") {
      if (space == std::string::npos || items.empty())
        throw InputError(where + ": expected '" + key + " VALUE: word | word ...'");
      const double value = parse_data_value(trim(head.substr(space + 1)), where);
      if (key == "word") {
        for (const auto& item : items) locale->add_word(item, value);
        continue;
      }
      if (items.size() < 2)
        throw InputError(where + ": a scale needs its forms after 1 and after other numbers");
      locale->scale_words.emplace(value, ScaleWords{items[0], items[1]});
      for (const auto& item : items) {
        const std::string phrase = phrase_key(item);
        locale->scales.emplace(phrase, value);
        locale->longest_phrase = std::max(locale->longest_phrase, count_words(phrase));
      }
    } else if (key == "unit") {
      // unit DIMENSION FACTOR: words   (FACTOR "fahrenheit" for degrees Fahrenheit)
      const std::vector<std::string> parts = split_list(head, ' ');
      if (parts.size() != 3 || items.empty())
        throw InputError(where + ": expected 'unit DIMENSION FACTOR: word | word ...'");
      Unit unit{parts[1], 1, parts[2] == "fahrenheit"};
      if (!unit.fahrenheit) unit.factor = parse_data_value(parts[2], where);
      for (const auto& item : items) {
        const std::string phrase = phrase_key(item);
        locale->units[phrase].push_back(unit);
        locale->longest_phrase = std::max(locale->longest_phrase, count_words(phrase));
      }
    } else if (key == "time" || key == "afternoon" || key == "decade") {
      auto& list = key == "time"        ? locale->time_words
                   : key == "afternoon" ? locale->afternoon_words
                                        : locale->decade_endings;
      for (const auto& item : items) list.push_back(to_lower(item));
    } else if (key == "space-grouping") {
      if (rest != "yes" && rest != "no")
        throw InputError(where + ": space-grouping is 'yes' or 'no'");
      space_grouping = space_grouping || rest == "yes";
    } else {
      throw InputError(where + ": unknown key '" + key + "'");
    }
  }
  if (space_grouping) locale->grouping += U" \u00A0\u202F\u2009";
  return locale;
}

// Digits with the separators between them, as written: "1 234,5" is the groups "1",
// "234", "5" and the separators ' ' and ','.
struct Numeral {
  Span span;
  std::vector<std::string_view> groups;
  std::u32string separators;
};

struct Reading {
  double value = 0;
  int fraction_digits = 0;
};

// The numeral read with one locale's separators; nullopt when that locale would not
// write it so ("2.75" in German, whose '.' groups thousands in threes).
std::optional<Reading> read_numeral(const Numeral& numeral, char32_t decimal,
                                    std::u32string_view grouping) {
  const auto& seps = numeral.separators;
  const auto& groups = numeral.groups;
  if (seps.find(U':') != std::u32string::npos) return std::nullopt;
  const bool has_decimal = !seps.empty() && seps.back() == decimal;
  const std::size_t group_seps = has_decimal ? seps.size() - 1 : seps.size();
  std::string digits(groups[0]);
  for (std::size_t j = 0; j < group_seps; ++j) {
    if (grouping.find(seps[j]) == std::u32string_view::npos || seps[j] != seps[0])
      return std::nullopt;
    if (groups[j + 1].size() != 3) return std::nullopt;
    digits += groups[j + 1];
  }
  if (group_seps > 0 && groups[0].size() > 3) return std::nullopt;
  Reading reading;
  if (has_decimal) {
    digits += ".";
    digits += groups.back();
    reading.fraction_digits = static_cast<int>(groups.back().size());
  }
  reading.value = std::strtod(digits.c_str(), nullptr);
  return reading;
}

enum class Written {
  digits,    // "19", "3,5 Mrd.": must be in the translation
  word,      // "six", "einundzwanzig": matches digits, never reported alone
  compound,  // "sechsstündigen": a number word starting a compound, only for matching
};

struct Number {
  Span span;         // the numeral with its scale word: "3,5 Milliarden"
  Span digits_span;  // the numeral alone
  double value = 0;
  std::vector<double> also;  // other readings: "5m" may be metres, "90s" may be the 1990s
  Written written = Written::digits;
  double base = 0;  // before the scale word
  int fraction_digits = 0;
  bool grouped = false;  // written with thousands separators
  double scale = 1;
  std::vector<std::pair<std::string_view, double>> measures;  // "80 feet": length 24.4 (m)
  std::optional<double> other_reading;  // with the other language's separators ("1.234")
  bool foreign_separators = false;      // only the other language would write it so
  std::vector<double> parts;            // its groups, when it may be a list: "(3,5)" for "(3, 5)"
  bool after_name = false;              // "Web 2.0", "Python 3.10": a version, not a decimal

  bool has(double v) const {
    if (same_value(value, v)) return true;
    return std::any_of(also.begin(), also.end(), [&](double a) { return same_value(a, v); });
  }
  bool shares_value(const Number& other) const {
    if (other.has(value)) return true;
    return std::any_of(also.begin(), also.end(), [&](double a) { return other.has(a); });
  }
};

struct Token {
  Span span;
  bool digits = false;
  std::string key;  // phrase_key of a word
  Numeral numeral;  // of digits
};

char32_t decode_at(std::string_view text, std::size_t pos, std::size_t end, std::size_t& next) {
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(text.data(), i, static_cast<int32_t>(end), c);
  next = static_cast<std::size_t>(i);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_word_char(char32_t c) {
  return u_isalpha(static_cast<UChar32>(c)) || c == 0x00AD || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

std::size_t digits_end(std::string_view text, std::size_t pos, std::size_t end) {
  while (pos < end && is_digit(text[pos])) ++pos;
  return pos;
}

// Reads the numeral at `pos`: digits joined by '.', ',' or ':' before more digits, and
// by a space before exactly three digits where the language groups with spaces.
Numeral read_digits(std::string_view text, std::size_t pos, std::size_t end, const Locale& locale) {
  Numeral numeral;
  numeral.span.begin = pos;
  std::size_t group_end = digits_end(text, pos, end);
  numeral.groups.push_back(text.substr(pos, group_end - pos));
  pos = group_end;
  while (pos < end) {
    std::size_t next = 0;
    const char32_t c = decode_at(text, pos, end, next);
    if (next >= end || !is_digit(text[next])) break;
    const std::size_t after = digits_end(text, next, end);
    if (c == U'.' || c == U',' || c == U':') {
      // fine
    } else if (is_space_separator(c) && locale.grouping.find(c) != std::u32string::npos) {
      if (after - next != 3 || numeral.groups.front().size() > 3) break;
      if (numeral.separators.size() > 0 && !is_space_separator(numeral.separators.back())) break;
    } else {
      break;
    }
    numeral.separators += c;
    numeral.groups.push_back(text.substr(next, after - next));
    pos = after;
  }
  numeral.span.end = pos;
  return numeral;
}

std::vector<Token> tokenize(std::string_view text, Span span, const Locale& locale) {
  std::vector<Token> tokens;
  std::size_t pos = span.begin;
  while (pos < span.end) {
    if (is_digit(text[pos])) {
      Token token;
      token.digits = true;
      token.numeral = read_digits(text, pos, span.end, locale);
      token.span = token.numeral.span;
      pos = token.span.end;
      tokens.push_back(std::move(token));
      continue;
    }
    std::size_t next = 0;
    const char32_t c = decode_at(text, pos, span.end, next);
    if (!is_word_char(c)) {
      pos = next;
      continue;
    }
    std::size_t word_end = next;
    while (word_end < span.end) {
      std::size_t after = 0;
      if (!is_word_char(decode_at(text, word_end, span.end, after))) break;
      word_end = after;
    }
    Token token;
    token.span = {pos, word_end};
    token.key = phrase_key(text.substr(pos, word_end - pos));
    pos = word_end;
    if (!token.key.empty()) tokens.push_back(std::move(token));
  }
  return tokens;
}

// Whether the text between two tokens lets them form one phrase ("twenty-one", "3,5
// Mrd.", "treinta y uno", "30 °C"): nothing, spaces, a degree sign, or one hyphen.
bool joins(std::string_view text, const Token& left, const Token& right) {
  const std::string_view gap = text.substr(left.span.end, right.span.begin - left.span.end);
  int hyphens = 0;
  for (std::size_t i = 0; i < gap.size();) {
    std::size_t next = 0;
    const char32_t c = decode_at(text, left.span.end + i, right.span.begin, next);
    if (c == U'-' || c == 0x2010 || c == 0x2011)
      ++hyphens;
    else if (!is_space_separator(c) && c != 0x00B0)
      return false;  // and the degree sign: "30 °C"
    i = next - left.span.end;
  }
  return hyphens <= 1 && gap.size() <= 4;
}

// The longest phrase of `table` starting at token `i`, as (value, tokens used, end).
// Scale words may end in a period ("Mio.", "Mrd."), which is then part of the phrase.
template <typename Value>
struct PhraseMatch {
  const Value* value = nullptr;
  std::size_t tokens = 0;
  std::size_t end = 0;
  std::size_t code_points = 0;
};

template <typename Value>
std::optional<PhraseMatch<Value>> match_phrase(std::string_view text,
                                               const std::vector<Token>& tokens, std::size_t i,
                                               const std::unordered_map<std::string, Value>& table,
                                               std::size_t longest, std::size_t limit) {
  std::string key;
  std::vector<std::string> keys;
  for (std::size_t n = 0; n < longest && i + n < tokens.size(); ++n) {
    const Token& token = tokens[i + n];
    if (token.digits || (n > 0 && !joins(text, tokens[i + n - 1], token))) break;
    if (n > 0) key += ' ';
    key += token.key;
    keys.push_back(key);
  }
  for (std::size_t n = keys.size(); n-- > 0;) {
    const std::size_t end = tokens[i + n].span.end;
    if (end < limit && text[end] == '.') {
      if (const auto it = table.find(keys[n] + "."); it != table.end())
        return PhraseMatch<Value>{&it->second, n + 1, end + 1, count_code_points(keys[n]) + 1};
    }
    if (const auto it = table.find(keys[n]); it != table.end())
      return PhraseMatch<Value>{&it->second, n + 1, end, count_code_points(keys[n])};
  }
  return std::nullopt;
}

// Case-insensitive: `text` at `pos`, after optional spaces, starts with one of `words`
// followed by no letter. Returns the end of the match, or 0.
std::size_t followed_by(std::string_view text, std::size_t pos, std::size_t end,
                        const std::vector<std::string>& words, bool allow_space = true) {
  if (allow_space)
    while (pos < end && (text[pos] == ' ' || text.compare(pos, 2, "\xC2\xA0") == 0 ||
                         text.compare(pos, 3, "\xE2\x80\xAF") == 0))
      pos += text[pos] == ' ' ? 1 : (text[pos] == '\xC2' ? 2 : 3);
  for (const auto& word : words) {
    if (pos + word.size() > end) continue;
    if (to_lower(text.substr(pos, word.size())) != word) continue;
    const std::size_t after = pos + word.size();
    std::size_t next = 0;
    if (after < end && is_word_char(decode_at(text, after, end, next))) continue;
    return after;
  }
  return 0;
}

double digits_value(std::string_view digits) {
  return std::strtod(std::string(digits).c_str(), nullptr);
}

// Every number of one sentence: numerals with their scale words, spelled-out numbers, and
// number words that start a compound.
std::vector<Number> find_numbers(std::string_view text, Span span, const Locale& self,
                                 const Locale& other, bool compounds) {
  const std::vector<Token> tokens = tokenize(text, span, self);
  std::vector<Number> numbers;
  const Token* previous_numeral = nullptr;

  // A number word or numeral at token i..: its scale word, if one follows.
  auto apply_scale = [&](Number& number, std::size_t next_token) -> std::size_t {
    if (next_token >= tokens.size() || !joins(text, tokens[next_token - 1], tokens[next_token]))
      return next_token;
    const auto scale =
        match_phrase(text, tokens, next_token, self.scales, self.longest_phrase, span.end);
    if (!scale) return next_token;
    number.scale = *scale->value;
    number.value = number.base * *scale->value;
    number.span.end = scale->end;
    // "5m" and "5 M" may be metres or a million: keep both readings.
    if (scale->code_points <= 2) number.also.push_back(number.base);
    return next_token + scale->tokens;
  };
  // "80 feet", "8-foot", "120 km2", "30 Grad": the number in its dimension's base unit.
  auto apply_unit = [&](Number& number, std::size_t next_token) -> std::size_t {
    if (next_token >= tokens.size() || !joins(text, tokens[next_token - 1], tokens[next_token]))
      return next_token;
    auto unit = match_phrase(text, tokens, next_token, self.units, self.longest_phrase, span.end);
    if (!unit) return next_token;
    next_token += unit->tokens;
    // "km2", "km²": the square of a length, listed as its own unit.
    const std::string_view rest =
        text.substr(unit->end, std::min<std::size_t>(2, span.end - unit->end));
    if (rest.starts_with("2") || rest.starts_with("\xC2\xB2")) {
      const std::string key = tokens[next_token - 1].key + "2";
      if (const auto it = self.units.find(key); it != self.units.end()) {
        unit->value = &it->second;
        if (rest.starts_with("2") && next_token < tokens.size() && tokens[next_token].digits)
          ++next_token;
      }
    }
    for (const Unit& u : *unit->value)
      number.measures.emplace_back(
          u.dimension, u.fahrenheit ? (number.value - 32) * 5 / 9 : number.value * u.factor);
    return next_token;
  };

  for (std::size_t i = 0; i < tokens.size();) {
    const Token& token = tokens[i];
    if (token.digits) {
      const Numeral& numeral = token.numeral;
      const std::size_t before = numeral.span.begin;
      const std::size_t after = numeral.span.end;
      // "B.1.1.7", "G7", "[ad_1]": digits attached to a code or a name are part of it;
      // they match, but the names and artifacts checks judge them.
      const bool in_code = before > span.begin &&
                           (text[before - 1] == '.' || text[before - 1] == '_' ||
                            (i > 0 && !tokens[i - 1].digits && tokens[i - 1].span.end == before));
      const bool date_dot = after < span.end && text[after] == '.' && numeral.separators == U"." &&
                            numeral.groups[0].size() <= 2 && numeral.groups[1].size() <= 2;
      const bool time =
          numeral.separators.find(U':') != std::u32string::npos ||
          (numeral.separators == U"." && numeral.groups[0].size() <= 2 &&
           numeral.groups[1].size() == 2 && followed_by(text, after, span.end, self.time_words));
      const bool full_date = numeral.groups.size() == 3 &&
                             numeral.separators[0] == numeral.separators[1] &&
                             (numeral.separators[0] == U'.' || numeral.separators[0] == U'/') &&
                             numeral.groups[0].size() <= 2 && numeral.groups[1].size() <= 2 &&
                             (numeral.groups[2].size() == 2 || numeral.groups[2].size() == 4);
      std::optional<Reading> reading;
      std::optional<Reading> other_reading;
      bool foreign = false;
      if (!in_code && !date_dot && !time && !full_date) {
        reading = read_numeral(numeral, self.decimal, self.grouping);
        other_reading = read_numeral(numeral, other.decimal, other.grouping);
        if (!reading && other_reading) {
          reading = other_reading;
          foreign = true;
        }
      }
      const std::size_t first_new = numbers.size();
      std::size_t next_token = i + 1;
      if (reading) {
        Number number;
        number.span = number.digits_span = numeral.span;
        number.base = number.value = reading->value;
        number.fraction_digits = reading->fraction_digits;
        number.grouped = numeral.separators.size() > (reading->fraction_digits > 0 ? 1u : 0u);
        number.foreign_separators = foreign;
        if (foreign)
          for (const auto group : numeral.groups) number.parts.push_back(digits_value(group));
        if (other_reading && !foreign && !same_value(other_reading->value, reading->value))
          number.other_reading = other_reading->value;
        number.after_name =
            i > 0 && !tokens[i - 1].digits &&
            shape_of(text.substr(tokens[i - 1].span.begin, tokens[i - 1].span.size()))
                .first_upper &&
            joins(text, tokens[i - 1], token);
        next_token = apply_unit(number, apply_scale(number, i + 1));
        if (numeral.separators.empty()) {
          const std::size_t digits = numeral.groups[0].size();
          const double v = number.base;
          // "1990s" = "90er"; "2020-21" = "2020 bis 2021".
          if (number.scale == 1 && followed_by(text, after, span.end, self.decade_endings, false)) {
            if (digits == 4) number.also.push_back(std::fmod(v, 100));
            if (digits == 2) {
              number.also.push_back(1900 + v);
              number.also.push_back(2000 + v);
            }
          }
          if (digits == 2 && previous_numeral && previous_numeral->numeral.separators.empty() &&
              previous_numeral->numeral.groups[0].size() == 4) {
            const std::string_view gap =
                text.substr(previous_numeral->span.end, before - previous_numeral->span.end);
            if (gap == "-" || gap == "/" || gap == "\xE2\x80\x93") {
              const double first = digits_value(previous_numeral->numeral.groups[0]);
              number.also.push_back(first - std::fmod(first, 100) + v);
            }
          }
        }
        numbers.push_back(number);
      } else {
        // Times, dates and codes: each group is its own number. A month in digits has no
        // digits in "June 5", and ":00" none in "10 Uhr", so those only match.
        for (std::size_t g = 0; g < numeral.groups.size(); ++g) {
          Number number;
          const std::size_t begin =
              static_cast<std::size_t>(numeral.groups[g].data() - text.data());
          number.span = number.digits_span = {begin, begin + numeral.groups[g].size()};
          number.base = number.value = digits_value(numeral.groups[g]);
          const bool month = (date_dot || full_date) && g == 1;
          const bool zero_minutes = time && g > 0 && number.value == 0;
          if (month || zero_minutes || in_code) number.written = Written::word;
          numbers.push_back(number);
        }
      }
      // "3 p.m." is 15 Uhr.
      if (numbers.size() > first_new && numbers[first_new].value <= 12 &&
          followed_by(text, after, span.end, self.afternoon_words))
        numbers[first_new].also.push_back(numbers[first_new].value + 12);
      previous_numeral = &token;
      i = next_token;
      continue;
    }

    if (auto word = match_phrase(text, tokens, i, self.words, self.longest_phrase, span.end)) {
      Number number;
      number.written = Written::word;
      number.span = number.digits_span = {token.span.begin, word->end};
      number.base = number.value = *word->value;
      i = apply_unit(number, apply_scale(number, i + word->tokens));
      numbers.push_back(number);
      continue;
    }
    if (auto scale = match_phrase(text, tokens, i, self.scales, self.longest_phrase, span.end)) {
      // "thousands of", "Milliardenhilfe" below: a scale alone, as a word.
      Number number;
      number.written = Written::word;
      number.span = number.digits_span = {token.span.begin, scale->end};
      number.value = *scale->value;
      number.base = 1;
      number.scale = *scale->value;
      numbers.push_back(number);
      i += scale->tokens;
      continue;
    }
    if (compounds && token.key.size() > 5 && token.key.find(' ') == std::string::npos) {
      // "sechsstündigen", "einundzwanzigjährige", "Milliardenhilfe": the longest number or
      // scale word that starts the compound, leaving at least three bytes for the rest.
      for (std::size_t length = token.key.size() - 3; length >= 3; --length) {
        const std::string prefix = token.key.substr(0, length);
        const auto word = self.words.find(prefix);
        const auto scale = self.scales.find(prefix);
        if (word == self.words.end() && scale == self.scales.end()) continue;
        Number number;
        number.written = Written::compound;
        number.span = number.digits_span = token.span;
        number.value = word != self.words.end() ? word->second : scale->second;
        numbers.push_back(number);
        break;
      }
    }
    ++i;
  }
  // "3 bis 8 Millionen", "between 3 and 8 million": the scale is meant for both.
  for (std::size_t n = 1; n < numbers.size(); ++n) {
    Number& first = numbers[n - 1];
    const Number& second = numbers[n];
    if (first.written != Written::digits || second.written != Written::digits || first.scale != 1 ||
        second.scale == 1 || second.span.begin < first.span.end ||
        second.span.begin - first.span.end > 7)
      continue;
    first.also.push_back(first.value * second.scale);
  }
  return numbers;
}

// Grouped as the locale groups, unless the number was written without groups and is
// short enough to stay so ("2015", not "2.015").
std::string format_number(const Locale& locale, double value, int fraction_digits,
                          bool grouped = true) {
  UErrorCode status = U_ZERO_ERROR;
  const auto formatter =
      icu::number::NumberFormatter::withLocale(locale.icu_locale)
          .precision(icu::number::Precision::fixedFraction(fraction_digits))
          .grouping(grouped || value >= 10000 ? UNUM_GROUPING_AUTO : UNUM_GROUPING_OFF);
  const icu::UnicodeString text = formatter.formatDouble(value, status).toString(status);
  if (U_FAILURE(status)) return std::to_string(value);
  return to_utf8(text);
}

// The source number written for the target locale: "3.5 billion" -> "3,5 Milliarden".
std::string written_for(const Locale& locale, const Number& number) {
  std::string text = format_number(locale, number.base, number.fraction_digits, number.grouped);
  if (number.scale == 1) return text;
  const auto it = locale.scale_words.find(number.scale);
  if (it == locale.scale_words.end()) return format_number(locale, number.value, 0);
  return text + " " + (number.base == 1 ? it->second.one : it->second.many);
}

// Numbers of one side of the article, with the bead each is in, to tell a number that
// moved to another sentence (an alignment slip) from one that is missing.
class DocumentNumbers {
 public:
  void add(const Number& number, std::size_t bead) {
    if (number.written == Written::compound) return;
    entries_.push_back({number.value, bead});
    for (const double v : number.also) entries_.push_back({v, bead});
  }
  void finish() { std::sort(entries_.begin(), entries_.end()); }
  bool has_elsewhere(const Number& number, std::size_t bead) const {
    auto has = [&](double v) {
      auto it = std::lower_bound(entries_.begin(), entries_.end(),
                                 std::pair{v - std::fabs(v) * 1e-9 - 1e-12, std::size_t{0}});
      for (; it != entries_.end() && same_value(it->first, v); ++it)
        if (it->second != bead) return true;
      return false;
    };
    if (has(number.value)) return true;
    return std::any_of(number.also.begin(), number.also.end(), has);
  }

 private:
  std::vector<std::pair<double, std::size_t>> entries_;
};

}  // namespace

NumbersCheck::NumbersCheck(const CheckSetup& setup)
    : source_(load_locale(setup.data_dir, setup.source_language)),
      target_(load_locale(setup.data_dir, setup.target_language)) {}

NumbersCheck::~NumbersCheck() = default;

const CheckInfo& NumbersCheck::info() const { return kInfo; }

void NumbersCheck::run(const Bitext& bitext, Reporter& reporter) const {
  const std::string_view source_text = bitext.source.document.text;
  const std::string_view target_text = bitext.target.document.text;

  std::vector<std::vector<Number>> source_numbers(bitext.beads.size());
  std::vector<std::vector<Number>> target_numbers(bitext.beads.size());
  DocumentNumbers source_document;
  DocumentNumbers target_document;
  for (std::size_t b = 0; b < bitext.beads.size(); ++b) {
    const Bead& bead = bitext.beads[b];
    for (std::size_t s = bead.source_begin; s < bead.source_end; ++s)
      for (Number& number : find_numbers(source_text, bitext.source.sentences[s].span, *source_,
                                         *target_, bitext.source.language.compounds)) {
        source_document.add(number, b);
        source_numbers[b].push_back(std::move(number));
      }
    for (std::size_t t = bead.target_begin; t < bead.target_end; ++t)
      for (Number& number : find_numbers(target_text, bitext.target.sentences[t].span, *target_,
                                         *source_, bitext.target.language.compounds)) {
        target_document.add(number, b);
        target_numbers[b].push_back(std::move(number));
      }
  }
  source_document.finish();
  target_document.finish();

  auto source_form = [&](const Number& number) {
    return std::string(slice(source_text, number.span));
  };
  auto target_form = [&](const Number& number) {
    return std::string(slice(target_text, number.span));
  };

  for (std::size_t b = 0; b < bitext.beads.size(); ++b) {
    const Bead& bead = bitext.beads[b];
    const auto& sources = source_numbers[b];
    const auto& targets = target_numbers[b];
    // Numbers are compared in the target; a bead with no sentence on one side is an
    // omission or an addition, which is not this check's finding.
    if (bead.source_size() == 0 || bead.target_size() == 0) continue;

    std::vector<int> source_match(sources.size(), -1);
    std::vector<int> target_match(targets.size(), -1);
    // Digits against digits by their main value, then by any reading, then digits against
    // number words either way. Words alone never need a partner.
    auto pair_up = [&](auto accepts) {
      for (std::size_t s = 0; s < sources.size(); ++s) {
        if (source_match[s] >= 0) continue;
        for (std::size_t t = 0; t < targets.size(); ++t) {
          if (target_match[t] >= 0 || !accepts(sources[s], targets[t])) continue;
          source_match[s] = static_cast<int>(t);
          target_match[t] = static_cast<int>(s);
          break;
        }
      }
    };
    auto digits = [](const Number& n) { return n.written == Written::digits; };
    pair_up([&](const Number& s, const Number& t) {
      return digits(s) && digits(t) && same_value(s.value, t.value);
    });
    pair_up([&](const Number& s, const Number& t) {
      return digits(s) && digits(t) && s.shares_value(t);
    });
    pair_up([&](const Number& s, const Number& t) {
      return (digits(s) || digits(t)) && s.shares_value(t);
    });
    // Converted units: "550 acres" is "220 Hektar", "90 degrees" (F) "30 Grad", rounded.
    pair_up([&](const Number& s, const Number& t) {
      for (const auto& [dimension, value] : s.measures)
        for (const auto& [other_dimension, other_value] : t.measures)
          if (dimension == other_dimension &&
              std::fabs(value - other_value) <=
                  0.12 * std::max(std::fabs(value), std::fabs(other_value)) + 1.5)
            return true;
      return false;
    });

    // "(3,5)" for the source's "(3, 5)": a list written without its space, not a decimal.
    std::vector<bool> list(targets.size(), false);
    for (std::size_t t = 0; t < targets.size(); ++t) {
      if (target_match[t] >= 0 || targets[t].parts.empty()) continue;
      std::vector<int> chosen;
      for (const double part : targets[t].parts)
        for (std::size_t s = 0; s < sources.size(); ++s)
          if (source_match[s] < 0 &&
              std::find(chosen.begin(), chosen.end(), static_cast<int>(s)) == chosen.end() &&
              sources[s].has(part)) {
            chosen.push_back(static_cast<int>(s));
            break;
          }
      if (chosen.size() != targets[t].parts.size()) continue;
      for (const int s : chosen) source_match[static_cast<std::size_t>(s)] = static_cast<int>(t);
      target_match[t] = chosen.front();
      list[t] = true;
    }
    for (std::size_t t = 0; t < targets.size(); ++t) {
      const Number& number = targets[t];
      if (!number.foreign_separators || number.after_name || list[t]) continue;
      const std::string expected =
          format_number(*target_, number.base, number.fraction_digits, number.grouped);
      reporter.report(number.digits_span, std::nullopt,
                      "'" + std::string(slice(target_text, number.digits_span)) +
                          "' is written with another locale's separators; in '" + target_->code +
                          "' it is '" + expected + "'",
                      {expected}, Severity::minor);
    }

    // "1.234" or "2,000" read both ways: in the target's own reading it differs from the
    // source, in the source's it is the same number, so only the separators are wrong.
    for (std::size_t t = 0; t < targets.size(); ++t) {
      const Number& target = targets[t];
      if (target_match[t] >= 0 || !digits(target) || !target.other_reading || target.after_name)
        continue;
      for (std::size_t s = 0; s < sources.size(); ++s) {
        if (source_match[s] >= 0 || !digits(sources[s]) ||
            !sources[s].has(*target.other_reading * target.scale))
          continue;
        source_match[s] = static_cast<int>(t);
        target_match[t] = static_cast<int>(s);
        const std::string expected = format_number(*target_, sources[s].base,
                                                   sources[s].fraction_digits, sources[s].grouped);
        reporter.report(
            target.digits_span, sources[s].digits_span,
            "'" + std::string(slice(target_text, target.digits_span)) + "' reads as " +
                format_number(*target_, target.base,
                              target.base == std::floor(target.base) ? 0 : target.fraction_digits,
                              target.grouped) +
                " in '" + target_->code + "'; the source's '" +
                std::string(slice(source_text, sources[s].digits_span)) + "' is written '" +
                expected + "'",
            {expected}, Severity::minor);
        break;
      }
    }

    // "161 feet (49 meters)": a measure given in two units, of which a translation may
    // keep one.
    auto converted = [](const std::vector<Number>& side, const std::vector<int>& match,
                        std::size_t n) {
      for (std::size_t other = 0; other < side.size(); ++other) {
        if (other == n || match[other] < 0) continue;
        for (const auto& [dimension, value] : side[n].measures)
          for (const auto& [other_dimension, other_value] : side[other].measures)
            if (dimension == other_dimension &&
                std::fabs(value - other_value) <=
                    0.12 * std::max(std::fabs(value), std::fabs(other_value)) + 1.5)
              return true;
      }
      return false;
    };
    std::vector<std::size_t> missing;
    std::vector<std::size_t> extra;
    for (std::size_t s = 0; s < sources.size(); ++s)
      if (source_match[s] < 0 && digits(sources[s]) && !converted(sources, source_match, s))
        missing.push_back(s);
    for (std::size_t t = 0; t < targets.size(); ++t)
      if (target_match[t] < 0 && digits(targets[t]) && !converted(targets, target_match, t))
        extra.push_back(t);

    if (missing.size() == 1 && extra.size() == 1) {
      const Number& source = sources[missing[0]];
      const Number& target = targets[extra[0]];
      // Both numbers found elsewhere on the other side: sentences that trade places.
      if (target_document.has_elsewhere(source, b) && source_document.has_elsewhere(target, b))
        continue;
      const std::string expected = written_for(*target_, source);
      reporter.report(
          target.span, source.span,
          "'" + target_form(target) + "' differs from the source's '" + source_form(source) + "'",
          {expected});
      continue;
    }
    for (const std::size_t s : missing) {
      const Number& source = sources[s];
      if (target_document.has_elsewhere(source, b)) continue;
      reporter.report(bitext.target_span(bead), source.span,
                      "the source's '" + source_form(source) + "' is not in the translation", {});
    }
    for (const std::size_t t : extra) {
      const Number& target = targets[t];
      if (source_document.has_elsewhere(target, b)) continue;
      reporter.report(target.span, std::nullopt,
                      "'" + target_form(target) + "' is not in the source", {});
    }
  }
}

}  // namespace tqc
