#include "core/regex.h"

#include <unicode/regex.h>
#include <unicode/utext.h>

#include "core/error.h"

namespace tqc {

Regex::Regex(const std::string& pattern, bool multiline, const std::string& where) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error{};
  pattern_.reset(icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern), multiline ? UREGEX_MULTILINE : 0,
                                            parse_error, status));
  if (U_FAILURE(status))
    throw InputError(where + "bad regular expression at column " + std::to_string(parse_error.offset + 1) + ": " +
                     u_errorName(status));
}

Regex::~Regex() = default;
Regex::Regex(Regex&&) noexcept = default;
Regex& Regex::operator=(Regex&&) noexcept = default;

std::vector<Span> Regex::find_all(std::string_view text) const {
  std::vector<Span> spans;
  UErrorCode status = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  // Over UTF-8 the matcher's native indexes are byte offsets.
  utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()), &status);
  std::unique_ptr<icu::RegexMatcher> matcher(pattern_->matcher(status));
  if (U_SUCCESS(status)) {
    matcher->reset(&utext);
    while (matcher->find(status) && U_SUCCESS(status)) {
      const int64_t begin = matcher->start64(status), end = matcher->end64(status);
      if (U_SUCCESS(status) && end > begin)
        spans.push_back({static_cast<std::size_t>(begin), static_cast<std::size_t>(end)});
    }
  }
  utext_close(&utext);
  return spans;
}

}  // namespace tqc
