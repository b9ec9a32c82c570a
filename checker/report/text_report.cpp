#include <algorithm>

#include "core/unicode.h"
#include "report/report.h"

namespace tqc {
namespace {

struct Style {
  bool on;
  const char* operator()(const char* code) const { return on ? code : ""; }
};
constexpr const char* kReset = "\x1b[0m";
constexpr const char* kBold = "\x1b[1m";
constexpr const char* kRed = "\x1b[31m";
constexpr const char* kYellow = "\x1b[33m";
constexpr const char* kCyan = "\x1b[36m";
constexpr const char* kDim = "\x1b[2m";

// The sentence of `side` that holds `offset`, or nullptr.
const Sentence* sentence_at(const BitextSide& side, std::size_t offset) {
  const auto it = std::upper_bound(side.sentences.begin(), side.sentences.end(), offset,
                                   [](std::size_t o, const Sentence& s) { return o < s.span.end; });
  if (it == side.sentences.end() || offset < it->span.begin) return nullptr;
  return &*it;
}

// Prints the sentence holding `span` with the span marked: coloured on a terminal, and
// underlined with carets otherwise.
void show_context(std::ostream& out, const char* label, const BitextSide& side, Span span, Style style) {
  const Sentence* sentence = sentence_at(side, span.begin);
  Span shown = sentence ? sentence->span : span;
  shown.begin = std::min(shown.begin, span.begin);
  shown.end = std::max(shown.end, span.end);
  const std::string_view before = side.text({shown.begin, span.begin});
  const std::string_view marked = side.text(span);
  const std::string_view after = side.text({span.end, shown.end});
  out << "  " << style(kDim) << label << style(kReset) << before << style(kBold) << style(kRed)
      << marked << style(kReset) << after << "\n";
  if (!style.on && marked.find('\n') == std::string_view::npos) {
    out << std::string(2 + std::string_view(label).size() + count_code_points(before), ' ')
        << std::string(std::max<std::size_t>(1, count_code_points(marked)), '^') << "\n";
  }
}

}  // namespace

void write_text_report(std::ostream& out, const Bitext& bitext, const std::vector<Finding>& findings,
                       const TextReportOptions& options) {
  const Style style{options.colour};
  std::size_t counts[3] = {0, 0, 0};
  for (const Finding& f : findings) {
    ++counts[static_cast<int>(f.severity)];
    const LineColumn at = bitext.target.document.position(f.target.begin);
    const char* colour = f.severity == Severity::minor ? kCyan : f.severity == Severity::major ? kYellow : kRed;
    out << style(kBold) << bitext.target.document.path << ":" << at.line << ":" << at.column << ": "
        << style(kReset) << style(colour) << to_string(f.severity) << style(kReset) << ": "
        << f.message << " " << style(kDim) << "[" << f.check << "]" << style(kReset) << "\n";
    show_context(out, "target: ", bitext.target, f.target, style);
    if (f.source) show_context(out, "source: ", bitext.source, *f.source, style);
    if (!f.suggestions.empty()) {
      out << "  " << style(kDim) << "fix:    " << style(kReset);
      for (std::size_t i = 0; i < f.suggestions.size(); ++i)
        out << (i ? " | " : "") << (f.suggestions[i].empty() ? "(delete)" : f.suggestions[i]);
      out << "\n";
    }
    out << "\n";
  }
  if (findings.empty()) {
    out << "No findings in " << bitext.target.document.path << " (" << bitext.target.sentences.size()
        << " sentences checked against " << bitext.source.sentences.size() << ").\n";
    return;
  }
  out << findings.size() << (findings.size() == 1 ? " finding" : " findings") << " in "
      << bitext.target.document.path << ": " << counts[2] << " critical, " << counts[1] << " major, "
      << counts[0] << " minor.\n";
}

}  // namespace tqc
