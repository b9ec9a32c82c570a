// The generic rule test: every literal-translation rule carries an incorrect and a correct
// example; the incorrect one must give exactly one finding, at its [marked] word, and the
// correct one none, with all rules of the pack active.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "check/literal_translation.h"
#include "core/error.h"
#include "test_support.h"

namespace tqc {
namespace {

struct Marked {
  std::string text;  // without the brackets
  std::size_t begin = 0, end = 0;
};

Marked unmark(const std::string& text) {
  const auto open = text.find('['), close = text.find(']');
  if (open == std::string::npos || close == std::string::npos || close < open) return {text, 0, 0};
  return {text.substr(0, open) + text.substr(open + 1, close - open - 1) + text.substr(close + 1), open, close - 1};
}

class RulePack : public ::testing::TestWithParam<std::string> {};

TEST_P(RulePack, ExamplesBehave) {
  const std::string pair_name = GetParam();
  const std::string source = pair_name.substr(0, pair_name.find('-'));
  const std::string target = pair_name.substr(pair_name.find('-') + 1);
  const std::string path = testing::data_dir() + "/" + pair_name + "/literal.rules";
  std::vector<LiteralRule> rules;
  ASSERT_NO_THROW(rules = read_literal_rules(path)) << path;
  ASSERT_FALSE(rules.empty()) << path;
  const LiteralTranslationCheck check(rules, pair_name);
  for (const LiteralRule& rule : rules) {
    const Marked bad = unmark(rule.bad.target);
    ASSERT_LT(bad.begin, bad.end) << rule.origin << ": bad example has no [marked] word";
    const auto bad_pair = testing::make_pair(rule.bad.source, bad.text, source, target);
    const auto findings = testing::run(check, *bad_pair);
    if (findings.size() != 1) {
      ADD_FAILURE() << rule.origin << " (" << rule.id << "): bad example gives " << findings.size()
                    << " findings, expected 1";
    } else if (findings[0].target.begin != bad.begin || findings[0].target.end != bad.end) {
      ADD_FAILURE() << rule.origin << " (" << rule.id << "): finding at '"
                    << bad_pair->target.slice(findings[0].target) << "', expected '"
                    << bad.text.substr(bad.begin, bad.end - bad.begin) << "'";
    }
    const auto good_pair = testing::make_pair(rule.good.source, rule.good.target, source, target);
    const auto good_findings = testing::run(check, *good_pair);
    for (const Finding& finding : good_findings)
      ADD_FAILURE() << rule.origin << " (" << rule.id << "): good example flagged at '"
                    << good_pair->target.slice(finding.target) << "': " << finding.message;
  }
}

std::vector<std::string> packs() {
  std::vector<std::string> names;
  std::error_code error;  // runs before main(): a missing folder must not throw
  for (const auto& entry : std::filesystem::directory_iterator(testing::data_dir(), error))
    if (std::filesystem::exists(entry.path() / "literal.rules")) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

INSTANTIATE_TEST_SUITE_P(Packs, RulePack, ::testing::ValuesIn(packs()),
                         [](const auto& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

TEST(LiteralRules, MalformedFileNamesFileAndLine) {
  const std::string path = ::testing::TempDir() + "/broken.rules";
  {
    std::ofstream out(path);
    out << "# header\nid: x\nterm foundry\n";
  }
  try {
    read_literal_rules(path);
    FAIL() << "malformed rule accepted";
  } catch (const InputError& error) {
    EXPECT_EQ(std::string(error.what()), path + ":3: expected 'key: value'");
  }
}

TEST(LiteralRules, FormsIsListedOrInflected) {
  const std::string path = ::testing::TempDir() + "/forms.rules";
  {
    std::ofstream out(path);
    out << "id: x\nterm: Meister\nwrong: master\nforms: exact\n";
  }
  try {
    read_literal_rules(path);
    FAIL() << "bad 'forms' accepted";
  } catch (const InputError& error) {
    EXPECT_EQ(std::string(error.what()), path + ":4: forms must be 'listed' or 'inflected', not 'exact'");
  }
}

TEST(LiteralRules, EveryPairOfTheIssueHasAPack) {
  const auto names = packs();
  for (const char* pair : {"en-de", "en-fr", "en-es", "de-en"})
    EXPECT_NE(std::find(names.begin(), names.end(), pair), names.end()) << pair;
}

}  // namespace
}  // namespace tqc
