#include "check/artifacts.h"

#include <unicode/regex.h>
#include <unicode/utext.h>

#include "core/error.h"
#include "language/data_file.h"

namespace tqc {
namespace {

const CheckInfo kInfo{"artifacts", "markup", Severity::major,
                      "markup and scraping leftovers that the source does not have"};

// Every match of `pattern` in `text`, as byte spans relative to `text`.
std::vector<Span> matches(const icu::RegexPattern& pattern, std::string_view text) {
  std::vector<Span> spans;
  UErrorCode status = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()), &status);
  std::unique_ptr<icu::RegexMatcher> matcher(pattern.matcher(status));
  if (U_SUCCESS(status)) {
    matcher->reset(&utext);
    while (matcher->find(status) && U_SUCCESS(status)) {
      const int64_t begin = matcher->start64(status), end = matcher->end64(status);
      if (end > begin) spans.push_back({static_cast<std::size_t>(begin), static_cast<std::size_t>(end)});
    }
  }
  utext_close(&utext);
  return spans;
}

}  // namespace

ArtifactsCheck::ArtifactsCheck(const CheckSetup& setup) {
  const std::string path = setup.data_dir + "/artifacts.tsv";
  for (const auto& line : read_data_lines(path, false)) {
    const auto fields = split_list(line.text, '\t');
    const std::string where = path + ":" + std::to_string(line.number) + ": ";
    if (fields.size() != 3) throw InputError(where + "expected id, regex and message, tab-separated");
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error{};
    std::unique_ptr<icu::RegexPattern> regex(icu::RegexPattern::compile(
        icu::UnicodeString::fromUTF8(fields[1]), UREGEX_MULTILINE, parse_error, status));
    if (U_FAILURE(status))
      throw InputError(where + "bad regular expression at column " +
                       std::to_string(parse_error.offset + 1) + ": " + u_errorName(status));
    patterns_.push_back({fields[0], std::move(regex), fields[2]});
  }
}

ArtifactsCheck::~ArtifactsCheck() = default;

const CheckInfo& ArtifactsCheck::info() const { return kInfo; }

void ArtifactsCheck::run(const Bitext& bitext, Reporter& reporter) const {
  const std::string_view source_text = bitext.source.document.text;
  for (const Bead& bead : bitext.beads) {
    for (std::size_t t = bead.target_begin; t < bead.target_end; ++t) {
      const Span sentence = bitext.target.sentences[t].span;
      const std::string_view text = bitext.target.text(sentence);
      std::vector<Span> reported;
      for (const auto& pattern : patterns_) {
        for (Span local : matches(*pattern.regex, text)) {
          const Span span{sentence.begin + local.begin, sentence.begin + local.end};
          bool seen = false;
          for (const Span& other : reported) seen = seen || other.overlaps(span);
          if (seen) continue;
          // Debris copied from the source is the source's problem, not the translation's.
          const std::string_view found = slice(text, local);
          if (source_text.find(found) != std::string_view::npos) continue;
          reported.push_back(span);
          // Debris has no counterpart in the source.
          reporter.report(span, std::nullopt, pattern.message + ": '" + std::string(found) + "'", {""});
        }
      }
    }
  }
}

}  // namespace tqc
