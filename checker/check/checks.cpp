// The list of checks. Adding a check: write check/<id>.{h,cpp,md}, add it here and to
// checker/CMakeLists.txt, and give it tests in tests/check_<id>_test.cpp.

#include "check/artifacts.h"
#include "check/check.h"
#include "check/consistency.h"
#include "check/copied_term_typo.h"
#include "check/dates.h"
#include "check/literal_translation.h"
#include "check/names.h"
#include "check/numbers.h"
#include "check/placeholders.h"
#include "check/spelling.h"
#include "check/terminology.h"
#include "check/typography.h"
#include "check/unaligned.h"
#include "check/untranslated.h"

namespace tqc {

void Reporter::report(Span target, std::optional<Span> source, std::string message,
                      std::vector<std::string> suggestions, std::optional<Severity> severity) {
  out_.push_back({std::string(info_.id), std::string(info_.category),
                  severity.value_or(info_.severity), std::move(message), std::move(suggestions),
                  target, source});
}

std::vector<std::unique_ptr<Check>> make_checks(const CheckSetup& setup) {
  std::vector<std::unique_ptr<Check>> checks;
  checks.push_back(std::make_unique<ArtifactsCheck>(setup));
  checks.push_back(std::make_unique<SpellingCheck>(setup));
  checks.push_back(std::make_unique<CopiedTermTypoCheck>(setup));
  checks.push_back(std::make_unique<LiteralTranslationCheck>(setup));
  checks.push_back(std::make_unique<TerminologyCheck>(setup));
  checks.push_back(std::make_unique<NamesCheck>(setup));
  checks.push_back(std::make_unique<OmissionCheck>(setup));
  checks.push_back(std::make_unique<AdditionCheck>(setup));
  checks.push_back(std::make_unique<NumbersCheck>(setup));
  checks.push_back(std::make_unique<DatesCheck>(setup));
  checks.push_back(std::make_unique<PlaceholdersCheck>(setup));
  checks.push_back(std::make_unique<TypographyCheck>(setup));
  checks.push_back(std::make_unique<UntranslatedCheck>(setup));
  checks.push_back(std::make_unique<ConsistencyCheck>(setup));
  return checks;
}

std::vector<Finding> run_checks(const std::vector<std::unique_ptr<Check>>& checks, const Bitext& bitext,
                                const std::function<void(const Check&, std::size_t, std::size_t)>& starting) {
  std::vector<Finding> findings;
  for (std::size_t k = 0; k < checks.size(); ++k) {
    const auto& check = checks[k];
    if (starting) starting(*check, k, checks.size());
    Reporter reporter(check->info(), findings);
    check->run(bitext, reporter);
  }
  sort_findings(findings);
  return findings;
}

}  // namespace tqc
