#pragma once
// A check is one independent reviewer's rule. It reads the Bitext and reports Findings
// through a Reporter, which stamps the check's id, ITS issue type and severity, so no
// check formats its own identity (the clang-tidy diag() pattern).

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check/bitext.h"
#include "core/finding.h"

namespace tqc {

struct CheckInfo {
  std::string_view id;        // stable kebab-case id; never changes once shipped
  std::string_view category;  // ITS 2.0 locQualityIssueType
  Severity severity;          // default severity
  std::string_view summary;   // one line for `tqc checks`
};

class Reporter {
 public:
  Reporter(const CheckInfo& info, std::vector<Finding>& out) : info_(info), out_(out) {}
  void report(Span target, std::optional<Span> source, std::string message,
              std::vector<std::string> suggestions = {},
              std::optional<Severity> severity = std::nullopt);

 private:
  const CheckInfo& info_;
  std::vector<Finding>& out_;
};

class Check {
 public:
  virtual ~Check() = default;
  virtual const CheckInfo& info() const = 0;
  virtual void run(const Bitext& bitext, Reporter& reporter) const = 0;
};

// Where a check finds its data and which pair it checks.
struct CheckSetup {
  std::string data_dir;  // the dictionaries/ folder
  std::string source_language;
  std::string target_language;
  std::vector<std::string> glossaries;  // TBX/TSV/CSV files for the terminology check
};

// Every check, in one explicit list (checks.cpp). Throws InputError for bad check data.
std::vector<std::unique_ptr<Check>> make_checks(const CheckSetup& setup);

// Runs the checks and returns their findings in target order; `starting`, if given, is
// told of each check before it runs (its position and the number of checks).
std::vector<Finding> run_checks(
    const std::vector<std::unique_ptr<Check>>& checks, const Bitext& bitext,
    const std::function<void(const Check&, std::size_t, std::size_t)>& starting = {});

}  // namespace tqc
