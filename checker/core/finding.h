#pragma once
// The one result type of every check. Reporters read Findings; checks never format output.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace tqc {

enum class Severity { minor, major, critical };

std::string_view to_string(Severity severity);
// Parses "minor", "major" or "critical"; nullopt for anything else.
std::optional<Severity> parse_severity(std::string_view text);

struct Finding {
  std::string check;     // stable kebab-case id of the check, e.g. "copied-term-typo"
  std::string category;  // ITS 2.0 localization quality issue type, e.g. "misspelling"
  Severity severity = Severity::minor;
  std::string message;                   // why this is wrong, in one or two sentences
  std::vector<std::string> suggestions;  // replacements for the target span, best first
  Span target;                           // into the target file
  std::optional<Span> source;            // into the source file, where the finding has one
};

// Orders findings by target position, then by check id, so output is deterministic.
void sort_findings(std::vector<Finding>& findings);

}  // namespace tqc
