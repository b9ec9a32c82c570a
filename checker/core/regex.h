#pragma once
// ICU regular expressions over UTF-8 text, behind one small boundary: a bad pattern is an
// InputError, matching never throws.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

#include "core/span.h"

U_NAMESPACE_BEGIN
class RegexPattern;
U_NAMESPACE_END

namespace tqc {

class Regex {
 public:
  // `where` ("file:line: ") starts the message of the InputError for a bad pattern.
  Regex(const std::string& pattern, bool multiline, const std::string& where);
  ~Regex();
  Regex(Regex&&) noexcept;
  Regex& operator=(Regex&&) noexcept;

  // Every non-empty match in `text`, as byte spans relative to `text`.
  std::vector<Span> find_all(std::string_view text) const;

 private:
  std::unique_ptr<icu::RegexPattern> pattern_;
};

}  // namespace tqc
