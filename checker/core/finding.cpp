#include "core/finding.h"

#include <algorithm>
#include <tuple>

namespace tqc {

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::minor:
      return "minor";
    case Severity::major:
      return "major";
    case Severity::critical:
      return "critical";
  }
  return "minor";
}

std::optional<Severity> parse_severity(std::string_view text) {
  if (text == "minor") return Severity::minor;
  if (text == "major") return Severity::major;
  if (text == "critical") return Severity::critical;
  return std::nullopt;
}

void sort_findings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.target.begin, a.target.end, a.check) <
           std::tie(b.target.begin, b.target.end, b.check);
  });
}

}  // namespace tqc
