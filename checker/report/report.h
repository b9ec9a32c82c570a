#pragma once
// Reporters turn findings into output; they are the only code that formats findings.
// The JSON report is a contract: docs/json-report.md.

#include <ostream>
#include <vector>

#include "check/bitext.h"
#include "core/finding.h"

namespace tqc {

struct TextReportOptions {
  bool colour = false;  // ANSI colours, for a terminal
};

void write_text_report(std::ostream& out, const Bitext& bitext, const std::vector<Finding>& findings,
                       const TextReportOptions& options);

void write_json_report(std::ostream& out, const Bitext& bitext, const std::vector<Finding>& findings);

// One bead per line: "[0, 1]:[2]" (0-based sentence indices), the form of the
// alignment gold sets, optionally followed by ":cost".
void write_beads(std::ostream& out, const std::vector<Bead>& beads, bool with_cost);

}  // namespace tqc
