#include "test_support.h"

#include <map>

#include "pipeline.h"

namespace tqc::testing {

std::string data_dir() { return TQC_TEST_DATA_DIR; }

const Language& language(const std::string& code) {
  static std::map<std::string, Language> languages;
  auto it = languages.find(code);
  if (it == languages.end()) it = languages.emplace(code, load_language(data_dir(), code)).first;
  return it->second;
}

std::unique_ptr<TestPair> make_pair(const std::string& source, const std::string& target,
                                    const std::string& source_language,
                                    const std::string& target_language) {
  auto pair = std::make_unique<TestPair>(TestPair{make_document("source.txt", source_language, source),
                                                  make_document("target.txt", target_language, target),
                                                  nullptr});
  pair->bitext = std::make_unique<Bitext>(make_bitext(pair->source, pair->target, language(source_language),
                                                      language(target_language), Segmentation::sentences));
  return pair;
}

std::vector<Finding> run(const Check& check, const TestPair& pair) {
  std::vector<Finding> findings;
  Reporter reporter(check.info(), findings);
  check.run(*pair.bitext, reporter);
  sort_findings(findings);
  return findings;
}

std::vector<std::string> flagged(const TestPair& pair, const std::vector<Finding>& findings) {
  std::vector<std::string> texts;
  for (const Finding& finding : findings) texts.emplace_back(pair.target.slice(finding.target));
  return texts;
}

}  // namespace tqc::testing
