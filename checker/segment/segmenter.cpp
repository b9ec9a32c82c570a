#include "segment/segmenter.h"

#include <algorithm>

#include <unicode/brkiter.h>
#include <unicode/dtfmtsym.h>
#include <unicode/utext.h>

#include "core/error.h"
#include "core/unicode.h"
#include "language/language.h"

namespace tqc {
namespace {

// A UText over UTF-8 bytes: ICU then reports boundaries as byte offsets into them.
class Utf8Text {
 public:
  explicit Utf8Text(std::string_view bytes) {
    UErrorCode status = U_ZERO_ERROR;
    utext_openUTF8(&text_, bytes.data(), static_cast<int64_t>(bytes.size()), &status);
  }
  ~Utf8Text() { utext_close(&text_); }
  Utf8Text(const Utf8Text&) = delete;
  Utf8Text& operator=(const Utf8Text&) = delete;
  UText* get() { return &text_; }

 private:
  UText text_ = UTEXT_INITIALIZER;
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Trims ASCII blanks and the no-break spaces U+00A0, U+202F from both ends of `span`.
Span trim_span(std::string_view text, Span span) {
  auto nbsp_at_end = [&](std::size_t end) {
    return (end >= span.begin + 2 && text.substr(end - 2, 2) == "\xC2\xA0") ? 2
           : (end >= span.begin + 3 && text.substr(end - 3, 3) == "\xE2\x80\xAF") ? 3 : 0;
  };
  auto nbsp_at_begin = [&](std::size_t begin) {
    return (text.substr(begin, 2) == "\xC2\xA0") ? 2 : (text.substr(begin, 3) == "\xE2\x80\xAF") ? 3 : 0;
  };
  while (span.begin < span.end) {
    if (is_space(text[span.begin])) ++span.begin;
    else if (const int n = nbsp_at_begin(span.begin); n && span.begin + n <= span.end) span.begin += n;
    else break;
  }
  while (span.end > span.begin) {
    if (is_space(text[span.end - 1])) --span.end;
    else if (const int n = nbsp_at_end(span.end)) span.end -= n;
    else break;
  }
  return span;
}

std::string_view last_token(std::string_view text) {
  const auto space = text.find_last_of(" \t");
  std::string_view token = space == std::string_view::npos ? text : text.substr(space + 1);
  // Opening quotes and brackets do not belong to the abbreviation: ("Dr. -> Dr.
  while (!token.empty() && std::string_view("\"'([{").find(token.front()) != std::string_view::npos)
    token.remove_prefix(1);
  for (std::string_view quote : {"„", "“", "«", "‚", "‘", "¿", "¡"})
    if (token.starts_with(quote)) token.remove_prefix(quote.size());
  return token;
}

std::string_view first_token(std::string_view text) {
  const auto start = text.find_first_not_of(" \t\"'([{");
  if (start == std::string_view::npos) return {};
  text.remove_prefix(start);
  const auto end = text.find_first_of(" \t,;:.!?)");
  return end == std::string_view::npos ? text : text.substr(0, end);
}

std::string_view trim_right(std::string_view text) {
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

void add_month_names(std::unordered_set<std::string>& names, const icu::UnicodeString* months,
                     int32_t count) {
  for (int32_t i = 0; i < count; ++i) {
    std::string name;
    months[i].toUTF8String(name);
    name = to_lower(name);
    while (!name.empty() && name.back() == '.') name.pop_back();
    if (!name.empty()) names.insert(name);
  }
}

}  // namespace

Segmenter::Segmenter(const Language& language) : language_(language) {
  const icu::Locale locale(language.code.c_str());
  UErrorCode status = U_ZERO_ERROR;
  sentence_breaker_.reset(icu::BreakIterator::createSentenceInstance(locale, status));
  word_breaker_.reset(icu::BreakIterator::createWordInstance(locale, status));
  if (U_FAILURE(status) || !sentence_breaker_ || !word_breaker_)
    throw InputError(std::string("ICU cannot segment language '") + language.code +
                     "': " + u_errorName(status));
  icu::DateFormatSymbols symbols(locale, status);
  if (U_SUCCESS(status)) {
    using Symbols = icu::DateFormatSymbols;
    for (auto context : {Symbols::FORMAT, Symbols::STANDALONE})
      for (auto width : {Symbols::WIDE, Symbols::ABBREVIATED}) {
        int32_t count = 0;
        const icu::UnicodeString* months = symbols.getMonths(count, context, width);
        add_month_names(month_names_, months, count);
      }
  }
}

Segmenter::~Segmenter() = default;

bool Segmenter::keeps_together(std::string_view before, std::string_view after) const {
  while (!before.empty() && is_space(before.back())) before.remove_suffix(1);
  const std::string_view token = last_token(before);
  if (token.size() < 2 || token.back() != '.') return false;
  if (language_.abbreviations.contains(std::string(token))) return true;
  const std::string_view stem = token.substr(0, token.size() - 1);
  const std::string_view next = first_token(after);
  if (next.empty()) return false;
  const WordShape next_shape = shape_of(next);
  // "am 3. Oktober", "der 2. Teil", "zum 5. Mal" are ordinals, not sentence ends; a count
  // or a year before a capitalised word ("auf Platz 3. Der", "in 2015. The") is one.
  if (stem.size() <= 2 && all_digits(stem)) {
    if (next_shape.has_letter && !next_shape.first_upper) return true;
    if (month_names_.contains(to_lower(next))) return true;
    const std::string_view rest = before.substr(0, before.size() - token.size());
    return language_.ordinal_articles.contains(to_lower(last_token(trim_right(rest))));
  }
  // An initial before a name: "J. Smith".
  const WordShape stem_shape = shape_of(stem);
  if (count_code_points(stem) == 1 && stem_shape.all_upper && next_shape.first_upper) return true;
  return false;
}

std::vector<Sentence> Segmenter::sentences(const Document& document) const {
  std::vector<Sentence> result;
  const std::string_view text = document.text;
  for (std::size_t p = 0; p < document.paragraphs.size(); ++p) {
    const Span paragraph = document.paragraphs[p];
    Utf8Text utext(document.slice(paragraph));
    UErrorCode status = U_ZERO_ERROR;
    sentence_breaker_->setText(utext.get(), status);
    std::size_t start = paragraph.begin;
    for (int32_t boundary = sentence_breaker_->next(); boundary != icu::BreakIterator::DONE;
         boundary = sentence_breaker_->next()) {
      const std::size_t end = paragraph.begin + static_cast<std::size_t>(boundary);
      if (end < paragraph.end &&
          keeps_together(text.substr(start, end - start), text.substr(end, paragraph.end - end)))
        continue;
      const Span span = trim_span(text, {start, end});
      if (!span.empty()) result.push_back({span, p, words(text, span)});
      start = end;
    }
    // Detach before utext goes out of scope.
    sentence_breaker_->setText(icu::UnicodeString());
  }
  return result;
}

std::vector<Sentence> Segmenter::lines(const Document& document) const {
  std::vector<Sentence> result;
  for (std::size_t p = 0; p < document.paragraphs.size(); ++p)
    result.push_back({document.paragraphs[p], p, words(document.text, document.paragraphs[p])});
  return result;
}

std::vector<Word> Segmenter::words(std::string_view text, Span span) const {
  std::vector<Word> result;
  // About one word per space: one allocation instead of a growing vector's several.
  const std::string_view bytes = slice(text, span);
  result.reserve(static_cast<std::size_t>(std::count(bytes.begin(), bytes.end(), ' ')) + 1);
  Utf8Text utext(bytes);
  UErrorCode status = U_ZERO_ERROR;
  word_breaker_->setText(utext.get(), status);
  int32_t start = word_breaker_->first();
  for (int32_t end = word_breaker_->next(); end != icu::BreakIterator::DONE;
       start = end, end = word_breaker_->next()) {
    if (word_breaker_->getRuleStatus() < UBRK_WORD_NUMBER) continue;  // spaces, punctuation
    Word word;
    // ICU counts U+202F (narrow no-break space) as a word joiner; French puts it before
    // "?" and ":", so it is trimmed off words.
    word.span = trim_span(text, {span.begin + static_cast<std::size_t>(start), span.begin + static_cast<std::size_t>(end)});
    if (word.span.empty()) continue;
    word.text = slice(text, word.span);
    word.hyphen_before = word.span.begin > span.begin && text[word.span.begin - 1] == '-' &&
                         !result.empty() && result.back().span.end == word.span.begin - 1;
    word.hyphen_after = word.span.end < span.end && text[word.span.end] == '-';
    result.push_back(word);
  }
  word_breaker_->setText(icu::UnicodeString());
  return result;
}

}  // namespace tqc
