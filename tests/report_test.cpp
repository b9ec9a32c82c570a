#include "report/report.h"

#include <gtest/gtest.h>

#include <sstream>

#include "check/check.h"
#include "test_support.h"

namespace tqc {
namespace {

std::vector<Finding> sample_findings(const testing::TestPair& pair) {
  Finding finding;
  finding.check = "names";
  finding.category = "inconsistent-entities";
  finding.severity = Severity::minor;
  finding.message = "'chatgpt' is written \"ChatGPT\" in the source";
  finding.suggestions = {"ChatGPT"};
  const auto at = pair.target.text.find("chatgpt");
  finding.target = {at, at + 7};
  const auto source_at = pair.source.text.find("ChatGPT");
  finding.source = Span{source_at, source_at + 7};
  return {finding};
}

TEST(JsonReport, WritesTheContractFields) {
  const auto pair = testing::make_pair("Gießerei: the ChatGPT maker.", "Gießerei: der chatgpt-Hersteller.", "en", "de");
  std::ostringstream out;
  write_json_report(out, *pair->bitext, sample_findings(*pair));
  const std::string json = out.str();
  for (const char* field :
       {"\"findings\": [", "\"check\": \"names\"", "\"category\": \"inconsistent-entities\"",
        "\"severity\": \"minor\"", "\"suggestions\": [\"ChatGPT\"]",
        "\"message\": \"'chatgpt' is written \\\"ChatGPT\\\" in the source\"",
        // "Gießerei: der " is 15 bytes but 14 code points: offsets are bytes, columns code points.
        "\"target\": {\"begin\": 15, \"end\": 22, \"line\": 1, \"column\": 15, \"text\": \"chatgpt\"}",
        "\"alignment\": [", "\"summary\": {\"findings\": 1, \"critical\": 0, \"major\": 0, \"minor\": 1}"})
    EXPECT_NE(json.find(field), std::string::npos) << field << "\n" << json;
}

TEST(JsonReport, SourceMayBeNull) {
  const auto pair = testing::make_pair("Text.", "Text. [ad_1]", "en", "de");
  Finding finding{"artifacts", "markup", Severity::major, "ad", {""}, {6, 12}, std::nullopt};
  std::ostringstream out;
  write_json_report(out, *pair->bitext, {finding});
  EXPECT_NE(out.str().find("\"source\": null"), std::string::npos);
}

TEST(TextReport, MarksTheSpanWithoutColour) {
  const auto pair = testing::make_pair("The ChatGPT maker.", "Der chatgpt-Hersteller.", "en", "de");
  std::ostringstream out;
  write_text_report(out, *pair->bitext, sample_findings(*pair), {false});
  const std::string text = out.str();
  EXPECT_NE(text.find("target.txt:1:5: minor: 'chatgpt' is written"), std::string::npos) << text;
  EXPECT_NE(text.find("  target: Der chatgpt-Hersteller.\n              ^^^^^^^\n"), std::string::npos) << text;
  EXPECT_NE(text.find("  fix:    ChatGPT\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("\x1b["), std::string::npos);
  EXPECT_NE(text.find("1 finding in target.txt: 0 critical, 0 major, 1 minor."), std::string::npos);
}

TEST(TextReport, ColourOnlyWhenAsked) {
  const auto pair = testing::make_pair("The ChatGPT maker.", "Der chatgpt-Hersteller.", "en", "de");
  std::ostringstream out;
  write_text_report(out, *pair->bitext, sample_findings(*pair), {true});
  EXPECT_NE(out.str().find("\x1b[1m\x1b[31mchatgpt\x1b[0m"), std::string::npos);
}

TEST(Beads, GoldFormat) {
  std::ostringstream out;
  write_beads(out, {{0, 2, 0, 1, 0.5}, {2, 2, 1, 2, 1.25}}, false);
  EXPECT_EQ(out.str(), "[0, 1]:[0]\n[]:[1]\n");
}

}  // namespace
}  // namespace tqc
